package server_test

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/kernel/dates"
)

const deliveryQuery = `query($id:ID!){ delivery(id:$id){ id status nextStatuses openBlockingFindings atRisk items { id kind } qcFindings { id timecodeIn severity fixed } history { from to method reference by { email } } } }`

type deliveryOut struct {
	Delivery struct {
		ID, Status           string
		NextStatuses         []string
		OpenBlockingFindings int
		AtRisk               bool
		Items                []struct{ ID, Kind string }
		QcFindings           []struct {
			ID, TimecodeIn, Severity string
			Fixed                    bool
		}
		History []struct {
			From, To, Method, Reference string
			By                          *struct{ Email string }
		}
	}
}

// newDelivery creates, as the coordinator, a delivery of a 25 fps demo
// production to a cloned French broadcaster spec.
func (e *env) newDelivery(tok string) (string, string) {
	e.t.Helper()
	var spec struct{ CloneDeliverySpec struct{ ID string } }
	e.call(tok, `mutation{ cloneDeliverySpec(templateKey:"fr-broadcaster-hd-pad", name:"PAD chaîne"){ id } }`, nil, &spec)
	prod := new(db.Production)
	if err := e.DB.NewSelect().Model(prod).Where("frame_rate = '25'").Limit(1).Scan(context.Background()); err != nil {
		e.t.Fatal(err)
	}
	var d struct {
		CreateDelivery struct {
			ID    string
			Items []struct{ Kind string }
		}
	}
	// Due in six weeks, whatever the day: a due date in the past is refused.
	e.call(tok, `mutation($p:ID!,$s:ID!,$due:Date!){ createDelivery(input:{productionId:$p, specId:$s, dueDate:$due}){ id items { kind } } }`,
		map[string]any{"p": prod.ID, "s": spec.CloneDeliverySpec.ID, "due": dates.Today().AddDays(45).String()}, &d)
	if len(d.CreateDelivery.Items) == 0 || d.CreateDelivery.Items[0].Kind != "PAD" {
		e.t.Fatalf("default items of a broadcaster delivery: %+v", d.CreateDelivery.Items)
	}
	return d.CreateDelivery.ID, prod.ID.String()
}

const transition = `mutation($id:ID!,$to:DeliveryStatus!,$d:TransitionDetails){ transitionDelivery(id:$id, to:$to, details:$d){ status } }`

func TestDeliveryQCBlocksReadyUntilFixed(t *testing.T) {
	e := newEnv(t)
	tok := e.login("coordinator@demo.test").Access
	id, _ := e.newDelivery(tok)
	move := func(to string, details map[string]any) *result {
		return e.do(tok, transition, map[string]any{"id": id, "to": to, "d": details})
	}
	if r := move("READY", nil); r.code() != "VALIDATION" || !strings.Contains(r.Errors[0].Message, "En cours") {
		t.Fatalf("PENDING → READY should be refused naming the allowed moves: %+v", r.Errors)
	}
	for _, to := range []string{"IN_PROGRESS", "QC"} {
		if r := move(to, nil); len(r.Errors) > 0 {
			t.Fatalf("→ %s: %+v", to, r.Errors)
		}
	}
	add := `mutation($id:ID!,$in:QcFindingInput!){ addQcFinding(deliveryId:$id, input:$in){ id timecodeIn } }`
	bad := []map[string]any{
		{"timecodeIn": "00:10:00:25", "timecodeOut": "00:10:01:00", "severity": "BLOCKING", "category": "VIDEO", "description": "x"}, // frame 25 at 25 fps
		{"timecodeIn": "00:10:00;00", "timecodeOut": "00:10:01;00", "severity": "BLOCKING", "category": "VIDEO", "description": "x"}, // drop frame at 25
		{"timecodeIn": "00:10:02:00", "timecodeOut": "00:10:01:00", "severity": "BLOCKING", "category": "VIDEO", "description": "x"}, // out before in
		{"timecodeIn": "00:10:00:00", "timecodeOut": "00:10:01:00", "severity": "BLOCKING", "category": "VIDEO", "description": " "},
	}
	for _, in := range bad {
		if r := e.do(tok, add, map[string]any{"id": id, "in": in}); r.code() != "VALIDATION" {
			t.Fatalf("bad finding %v: %+v", in, r.Errors)
		}
	}
	var f struct {
		AddQcFinding struct{ ID, TimecodeIn string }
	}
	e.call(tok, add, map[string]any{"id": id, "in": map[string]any{"timecodeIn": "01:02:03:04", "timecodeOut": "01:02:05:00",
		"severity": "BLOCKING", "category": "AUDIO", "description": "Clic audible dans la réplique"}}, &f)
	if r := move("READY", nil); r.code() != "VALIDATION" || !strings.Contains(r.Errors[0].Message, "bloquant") {
		t.Fatalf("READY with an open blocking finding: %+v", r.Errors)
	}
	for _, to := range []string{"QC_FAILED", "IN_PROGRESS", "QC"} {
		if r := move(to, nil); len(r.Errors) > 0 {
			t.Fatalf("→ %s: %+v", to, r.Errors)
		}
	}
	e.call(tok, `mutation($id:ID!){ setQcFindingFixed(id:$id, fixed:true){ fixed } }`, map[string]any{"id": f.AddQcFinding.ID}, &struct{}{})
	if r := move("READY", nil); len(r.Errors) > 0 {
		t.Fatalf("READY after the fix: %+v", r.Errors)
	}
	if r := move("SENT", map[string]any{"method": "Aspera"}); r.code() != "VALIDATION" || r.Errors[0].Extensions["field"] != "reference" {
		t.Fatalf("SENT without a reference: %+v", r.Errors)
	}
	if r := move("SENT", map[string]any{"method": "Aspera", "reference": "PKG-2027-0042"}); len(r.Errors) > 0 {
		t.Fatalf("SENT: %+v", r.Errors)
	}
	var d deliveryOut
	e.call(tok, deliveryQuery, map[string]any{"id": id}, &d)
	h := d.Delivery.History
	if d.Delivery.Status != "SENT" || len(h) != 7 || h[6].To != "SENT" || h[6].Reference != "PKG-2027-0042" || h[6].By == nil || h[6].By.Email != "coordinator@demo.test" {
		t.Fatalf("history: %+v", d.Delivery)
	}
	if !slices.Equal(d.Delivery.NextStatuses, []string{"ACCEPTED", "REJECTED"}) {
		t.Fatalf("next statuses from SENT: %v", d.Delivery.NextStatuses)
	}
	if r := move("REJECTED", nil); r.code() != "VALIDATION" || r.Errors[0].Extensions["field"] != "reasons" {
		t.Fatalf("REJECTED without reasons: %+v", r.Errors)
	}
}

func TestCompatibilityAndSpecs(t *testing.T) {
	e := newEmptyEnv(t)
	fx := e.newOrg("Livraison Post")
	tok := fx.as(db.RoleCoordinator)
	fx.production("frameRate", "25", "resolution", "1920x1080", "colourSpace", "Rec.709", "audioLayout", "Stéréo")
	var spec struct{ CloneDeliverySpec struct{ ID string } }
	e.call(tok, `mutation{ cloneDeliverySpec(templateKey:"streaming-imf-uhd"){ id } }`, nil, &spec)
	prod := new(db.Production)
	if err := e.DB.NewSelect().Model(prod).Where("frame_rate = '25' AND resolution = '1920x1080'").Limit(1).Scan(context.Background()); err != nil {
		t.Fatal(err)
	}
	var c struct {
		Compatibility struct {
			Ok     bool
			Issues []struct{ Code, Severity, Message string }
		}
	}
	e.call(tok, `query($p:ID!,$s:ID!){ compatibility(productionId:$p, specId:$s){ ok issues { code severity message } } }`,
		map[string]any{"p": prod.ID, "s": spec.CloneDeliverySpec.ID}, &c)
	codes := map[string]bool{}
	for _, i := range c.Compatibility.Issues {
		codes[i.Code] = true
	}
	if c.Compatibility.Ok || !codes["UPSCALE"] || !codes["HDR_GRADE"] {
		t.Fatalf("an HD SDR production against a UHD HDR spec: %+v", c.Compatibility)
	}
	var templates struct{ DeliverySpecTemplates []struct{ Key string } }
	e.call(tok, `{ deliverySpecTemplates { key } }`, nil, &templates)
	if len(templates.DeliverySpecTemplates) < 4 {
		t.Fatalf("templates: %+v", templates)
	}
	if r := e.do(tok, `mutation{ createDeliverySpec(input:{name:"X", recipient:"Y", recipientKind:PLATFORM, width:1920, height:1080, frameRates:["26"]}){ id } }`, nil); r.code() != "VALIDATION" || r.Errors[0].Extensions["field"] != "frameRates" {
		t.Fatalf("a spec with an unknown frame rate: %+v", r.Errors)
	}
}

func TestDeliveriesScopingAndDemo(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	prod := e.membership("producer@demo.test")
	q := `{ deliveries(first:100){ totalCount edges { node { id status atRisk late production { id } } } } }`
	type list struct {
		Deliveries struct {
			TotalCount int
			Edges      []struct {
				Node struct {
					ID, Status   string
					AtRisk, Late bool
					Production   struct{ ID string }
				}
			}
		}
	}
	var all list
	e.call(e.login("coordinator@demo.test").Access, q, nil, &all)
	statuses := map[string]bool{}
	atRisk := false
	for _, ed := range all.Deliveries.Edges {
		statuses[ed.Node.Status] = true
		atRisk = atRisk || ed.Node.AtRisk
	}
	for _, s := range []string{"PENDING", "IN_PROGRESS", "QC", "QC_FAILED", "READY", "SENT", "ACCEPTED", "REJECTED"} {
		if !statuses[s] {
			t.Errorf("the demo has no delivery in %s", s)
		}
	}
	if !atRisk {
		t.Error("the demo has no delivery at risk")
	}
	var own []string
	if err := e.DB.NewSelect().Model((*db.Production)(nil)).Column("id").Where("client_id = ?", *prod.ClientID).Scan(ctx, &own); err != nil {
		t.Fatal(err)
	}
	producer := e.login("producer@demo.test").Access
	var mine list
	e.call(producer, q, nil, &mine)
	if mine.Deliveries.TotalCount == 0 || mine.Deliveries.TotalCount >= all.Deliveries.TotalCount {
		t.Fatalf("producer sees %d of %d deliveries", mine.Deliveries.TotalCount, all.Deliveries.TotalCount)
	}
	for _, ed := range mine.Deliveries.Edges {
		if !slices.Contains(own, ed.Node.Production.ID) {
			t.Fatalf("producer sees a delivery of another client: %+v", ed.Node)
		}
	}
	for _, ed := range all.Deliveries.Edges {
		if slices.Contains(own, ed.Node.Production.ID) {
			continue
		}
		if r := e.do(producer, deliveryQuery, map[string]any{"id": ed.Node.ID}); r.code() != "NOT_FOUND" {
			t.Fatalf("producer reading another client's delivery: %+v", r.Errors)
		}
	}
	if r := e.do(producer, transition, map[string]any{"id": mine.Deliveries.Edges[0].Node.ID, "to": "IN_PROGRESS"}); r.code() != "FORBIDDEN" {
		t.Fatalf("producer moving a delivery: %+v", r.Errors)
	}
}

func TestDeliveryEventsAreLive(t *testing.T) {
	e := newEnv(t)
	tok := e.login("coordinator@demo.test").Access
	id, prod := e.newDelivery(tok)
	ws, err := e.dialWS(e.API.URL, map[string]any{"Authorization": "Bearer " + tok})
	if err != nil {
		t.Fatal(err)
	}
	ws.subscribe("1", `subscription($p:ID){ deliveryEvents(productionId:$p){ kind delivery { id status } } }`, map[string]any{"p": prod})
	e.waitSubscribers(e.API.URL, 1)
	e.call(tok, transition, map[string]any{"id": id, "to": "IN_PROGRESS"}, &struct{}{})
	ev := ws.next(10 * time.Second)["deliveryEvents"].(map[string]any)
	if ev["kind"] != "delivery.status" || ev["delivery"].(map[string]any)["status"] != "IN_PROGRESS" {
		t.Fatalf("event: %v", ev)
	}
}

// An item is "Prêt" only with its file named; a new delivery cannot be due in the past.
func TestDeliveryItemReadyNeedsAFileAndDueDateNotPast(t *testing.T) {
	e := newEnv(t)
	tok := e.login("coordinator@demo.test").Access
	id, prodID := e.newDelivery(tok)
	var d deliveryOut
	e.call(tok, deliveryQuery, map[string]any{"id": id}, &d)
	item := d.Delivery.Items[0].ID
	update := `mutation($id:ID!,$in:DeliveryItemUpdate!){ updateDeliveryItem(id:$id, input:$in){ status fileName } }`
	if r := e.do(tok, update, map[string]any{"id": item, "in": map[string]any{"status": "READY"}}); r.code() != "VALIDATION" || r.Errors[0].Extensions["field"] != "fileName" {
		t.Fatalf("READY without a file name should be refused on fileName: %+v", r.Errors)
	}
	if r := e.do(tok, update, map[string]any{"id": item, "in": map[string]any{"status": "READY", "fileName": "   "}}); r.code() != "VALIDATION" || r.Errors[0].Extensions["field"] != "fileName" {
		t.Fatalf("READY with a blank file name should be refused on fileName: %+v", r.Errors)
	}
	var ok struct {
		UpdateDeliveryItem struct{ Status, FileName string }
	}
	e.call(tok, update, map[string]any{"id": item, "in": map[string]any{"status": "READY", "fileName": "PAD_V1.mxf"}}, &ok)
	if ok.UpdateDeliveryItem.Status != "READY" || ok.UpdateDeliveryItem.FileName != "PAD_V1.mxf" {
		t.Fatalf("READY with a file: %+v", ok)
	}
	if r := e.do(tok, update, map[string]any{"id": item, "in": map[string]any{"fileName": ""}}); r.code() != "VALIDATION" || r.Errors[0].Extensions["field"] != "fileName" {
		t.Fatalf("clearing the file of a READY item should be refused: %+v", r.Errors)
	}

	var spec struct{ CloneDeliverySpec struct{ ID string } }
	e.call(tok, `mutation{ cloneDeliverySpec(templateKey:"fr-broadcaster-hd-pad", name:"PAD passé"){ id } }`, nil, &spec)
	create := `mutation($p:ID!,$s:ID!,$due:Date!){ createDelivery(input:{productionId:$p, specId:$s, dueDate:$due}){ id } }`
	yesterday := dates.Today().AddDays(-1).String()
	if r := e.do(tok, create, map[string]any{"p": prodID, "s": spec.CloneDeliverySpec.ID, "due": yesterday}); r.code() != "VALIDATION" || r.Errors[0].Extensions["field"] != "dueDate" {
		t.Fatalf("a due date in the past should be refused on dueDate: %+v", r.Errors)
	}
	today := dates.Today().String()
	if r := e.do(tok, create, map[string]any{"p": prodID, "s": spec.CloneDeliverySpec.ID, "due": today}); len(r.Errors) > 0 {
		t.Fatalf("due today is allowed: %+v", r.Errors)
	}
}
