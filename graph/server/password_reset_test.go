package server_test

// Password reset (internal/accounts/reset.go): a link mailed to the
// account's address, single use, valid one hour, that revokes every session
// and logs the person in; the request answers the same, in the same time,
// whether or not the address has an account; it is limited per email (5,
// then one per 12 minutes) and per client address (20, then one per 3
// minutes).

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/accounts"
	"github.com/postprod/postprod/internal/auth"
	"github.com/postprod/postprod/internal/demo"
)

const (
	requestResetMutation = `mutation($e:String!){ requestPasswordReset(email:$e) }`
	resetMutation        = `mutation($t:String!,$p:String!){ resetPassword(token:$t, password:$p){ accessToken refreshToken user{ email } } }`
	newPassword          = "Automne-2026-nouveau"
)

// The tables a refused reset must leave as they were.
var resetTables = []string{"users", "password_resets", "refresh_tokens", "mail_outbox"}

var resetLink = regexp.MustCompile(regexp.QuoteMeta(accounts.ResetPath) + `(` + accounts.ResetTokenPrefix + `[A-Za-z0-9_-]+)`)

// requestReset asks for a reset of email at base (from, when set, is the
// client address a trusted proxy names). Safe from several goroutines.
func (e *env) requestReset(base, from, email string) *result {
	return e.requestResetIn(base, from, "", email)
}

// requestResetIn is requestReset with an Accept-Language.
func (e *env) requestResetIn(base, from, lang, email string) *result {
	req, _ := http.NewRequest(http.MethodPost, base+"/graphql", bytes.NewReader(request(requestResetMutation, map[string]any{"e": email})))
	req.Header.Set("Content-Type", "application/json")
	if from != "" {
		req.Header.Set("X-Forwarded-For", from)
	}
	if lang != "" {
		req.Header.Set("Accept-Language", lang)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		e.t.Error(err)
		return &result{}
	}
	defer resp.Body.Close()
	var r result
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
		e.t.Errorf("decoding a requestPasswordReset response: %v", err)
	}
	return &r
}

// resetTokens are the tokens of the reset links mailed to email, oldest
// first: read from the received messages, the only place they exist.
func (e *env) resetTokens(email string) []string {
	e.t.Helper()
	var out []string
	for _, m := range e.mailsTo(e.t, email) {
		var found []string
		for _, text := range []string{m.Text, m.HTML} {
			for _, sub := range resetLink.FindAllStringSubmatch(text, -1) {
				found = append(found, sub[1])
			}
		}
		if len(found) == 0 {
			continue // another kind of mail (an invitation)
		}
		slices.Sort(found)
		if found = slices.Compact(found); len(found) != 1 {
			e.t.Fatalf("a reset mail to %s should carry one link, it carries %q", email, found)
		}
		out = append(out, found[0])
	}
	return out
}

func TestPasswordResetIsSingleUseAndEndsEverySession(t *testing.T) {
	e := newMailEnv(t)
	fx := e.newOrg("Post Oubliée")
	prod := fx.production()
	coord := fx.member(db.RoleCoordinator)
	other := e.login(coord.Email) // a second device
	feed := e.feed(e.API.URL, coord.Access, prod, 1)

	if r := e.requestReset(e.API.URL, "", strings.ToUpper(coord.Email)); r.code() != "" || string(r.Data) != `{"requestPasswordReset":true}` {
		t.Fatalf("requestPasswordReset: %s %+v", r.Data, r.Errors)
	}
	tokens := e.resetTokens(coord.Email)
	if len(tokens) != 1 {
		t.Fatalf("mails to %s: %d, want 1", coord.Email, len(tokens))
	}
	token := tokens[0]
	var stored int
	if err := e.DB.NewSelect().Model((*db.PasswordReset)(nil)).ColumnExpr("count(*)").
		Where("token_hash = ? AND expires_at BETWEEN now() + interval '59 minutes' AND now() + interval '61 minutes'", auth.HashToken(token)).
		Scan(context.Background(), &stored); err != nil || stored != 1 {
		t.Fatalf("the token is stored hashed, expiring in an hour: %d rows (%v)", stored, err)
	}

	// A password too short: refused on its field, nothing changes.
	before := e.snapshot(resetTables...)
	if r := e.do("", resetMutation, map[string]any{"t": token, "p": "court"}); r.code() != "VALIDATION" || r.Errors[0].Extensions["field"] != "password" {
		t.Fatalf("a short password: %+v", r.Errors)
	}
	if after := e.snapshot(resetTables...); after != before {
		t.Fatalf("a refused reset wrote:\n%s\n---\n%s", before, after)
	}

	var d struct {
		ResetPassword struct {
			AccessToken, RefreshToken string
			User                      struct{ Email string }
		}
	}
	e.call("", resetMutation, map[string]any{"t": token, "p": newPassword}, &d)
	if d.ResetPassword.User.Email != coord.Email || d.ResetPassword.AccessToken == "" {
		t.Fatalf("resetPassword: %+v", d.ResetPassword)
	}
	// Logged in with the new session...
	if r := e.do(d.ResetPassword.AccessToken, meQuery, nil); r.code() != "" {
		t.Fatalf("me with the new session: %+v", r.Errors)
	}
	// ...and out everywhere else: the open websocket closes, the old tokens are refused.
	feed.closedWith4403("the websocket of a session ended by the reset", time.Second)
	for _, s := range []session{coord.session, other} {
		if r := e.do(s.Access, meQuery, nil); r.code() != "UNAUTHENTICATED" {
			t.Fatalf("an old access token after the reset: %+v", r.Errors)
		}
		if r := e.do("", refreshMutation, map[string]any{"t": s.Refresh}); r.code() != "UNAUTHENTICATED" {
			t.Fatalf("an old refresh token after the reset: %+v", r.Errors)
		}
	}
	if r := e.do("", loginMutation, map[string]any{"e": coord.Email, "p": demo.Password}); r.code() != "UNAUTHENTICATED" {
		t.Fatalf("the old password still logs in: %+v", r.Errors)
	}
	if r := e.do("", loginMutation, map[string]any{"e": coord.Email, "p": newPassword}); r.code() != "" {
		t.Fatalf("the new password: %+v", r.Errors)
	}

	// The link works once.
	before = e.snapshot(resetTables...)
	r := e.do("", resetMutation, map[string]any{"t": token, "p": "Encore-un-autre-2026"})
	if r.code() != "VALIDATION" || r.Errors[0].Extensions["field"] != "token" ||
		r.Errors[0].Message != "Ce lien de réinitialisation est invalide, déjà utilisé ou expiré : demandez-en un nouveau." {
		t.Fatalf("the link used twice: %+v", r.Errors)
	}
	if after := e.snapshot(resetTables...); after != before {
		t.Fatalf("a refused reset wrote:\n%s\n---\n%s", before, after)
	}
	if r := e.do("", loginMutation, map[string]any{"e": coord.Email, "p": newPassword}); r.code() != "" {
		t.Fatalf("the password set by the link, after its second use was refused: %+v", r.Errors)
	}
}

func TestPasswordResetLinksExpireAndOneResetSpendsThemAll(t *testing.T) {
	e := newMailEnv(t)
	fx := e.newOrg("Post Expirée")
	tech := fx.member(db.RoleTechnician)
	for range 3 {
		if r := e.requestReset(e.API.URL, "", tech.Email); r.code() != "" {
			t.Fatalf("requestPasswordReset: %+v", r.Errors)
		}
	}
	tokens := e.resetTokens(tech.Email)
	if len(tokens) != 3 || tokens[0] == tokens[1] || tokens[1] == tokens[2] {
		t.Fatalf("three requests, three different links: %q", tokens)
	}

	// The first link is more than an hour old.
	if _, err := e.DB.NewUpdate().Model((*db.PasswordReset)(nil)).Set("expires_at = now() - interval '1 second'").
		Where("token_hash = ?", auth.HashToken(tokens[0])).Exec(context.Background()); err != nil {
		t.Fatal(err)
	}
	before := e.snapshot(resetTables...)
	r := e.do("", resetMutation, map[string]any{"t": tokens[0], "p": newPassword})
	if r.code() != "VALIDATION" || r.Errors[0].Extensions["field"] != "token" {
		t.Fatalf("an expired link: %+v", r.Errors)
	}
	// An unknown token, or none of ours, is refused the same way.
	for _, bad := range []string{accounts.ResetTokenPrefix + "inconnu", "", tech.Refresh} {
		if r := e.do("", resetMutation, map[string]any{"t": bad, "p": newPassword}); r.code() != "VALIDATION" || r.Errors[0].Extensions["field"] != "token" {
			t.Fatalf("token %q: %+v", bad, r.Errors)
		}
	}
	if after := e.snapshot(resetTables...); after != before {
		t.Fatalf("refused resets wrote:\n%s\n---\n%s", before, after)
	}

	// The second resets; the third, still pending, is spent with it.
	e.call("", resetMutation, map[string]any{"t": tokens[1], "p": newPassword}, &struct{}{})
	r = e.do("", resetMutation, map[string]any{"t": tokens[2], "p": "Un-troisieme-essai"})
	if r.code() != "VALIDATION" || r.Errors[0].Extensions["field"] != "token" {
		t.Fatalf("a link asked for before another one was used: %+v", r.Errors)
	}
	var pending int
	if err := e.DB.NewSelect().Model((*db.PasswordReset)(nil)).ColumnExpr("count(*)").Where("used_at IS NULL").
		Scan(context.Background(), &pending); err != nil || pending != 0 {
		t.Fatalf("resets left unused after the reset: %d, want none (%v)", pending, err)
	}
}

// Nothing tells whether an address has an account: the same answer, no
// mail, and the same time.
func TestPasswordResetDoesNotTellWhoHasAnAccount(t *testing.T) {
	e := newMailEnv(t)
	fx := e.newOrg("Post Discrète")
	known := fx.member(db.RoleProducer).Email
	// A removed member still has a user but no organisation to log in to: no mail either.
	removed := fx.member(db.RoleAccountant).Email
	e.call(fx.as(db.RoleAdmin), `mutation($id:ID!){ removeMember(id:$id) }`, map[string]any{"id": e.membership(removed).ID.String()}, &struct{}{})

	answers := map[string]int{}
	took := map[string][]time.Duration{}
	for i := range 4 {
		for _, who := range []string{known, "personne" + string(rune('a'+i)) + "@discrete.test", removed} {
			start := time.Now()
			r := e.requestReset(e.API.URL, "", who)
			d := time.Since(start)
			if r.code() != "" {
				t.Fatalf("requestPasswordReset(%s): %+v", who, r.Errors)
			}
			kind := map[string]string{known: "known", removed: "removed"}[who]
			if kind == "" {
				kind = "unknown"
			}
			answers[string(r.Data)]++
			took[kind] = append(took[kind], d)
		}
	}
	if len(answers) != 1 || answers[`{"requestPasswordReset":true}`] != 12 {
		t.Fatalf("answers: %v", answers)
	}
	if got := len(e.resetTokens(known)); got != 4 {
		t.Fatalf("mails to the account: %d, want 4", got)
	}
	var others int
	if err := e.DB.NewSelect().Model((*db.MailMessage)(nil)).ColumnExpr("count(*)").Where("recipient <> ? AND kind = ?", known, db.NotificationPasswordReset).
		Scan(context.Background(), &others); err != nil || others != 0 {
		t.Fatalf("mails to addresses without a usable account: %d (%v)", others, err)
	}
	median := func(ds []time.Duration) time.Duration {
		s := slices.Clone(ds)
		slices.Sort(s)
		return s[len(s)/2]
	}
	for kind, ds := range took {
		for _, d := range ds {
			if d < 250*time.Millisecond {
				t.Fatalf("a %s address answered in %v, under the 250 ms floor", kind, d)
			}
		}
	}
	k, u := median(took["known"]), median(took["unknown"])
	t.Logf("median answer: known %v, unknown %v, removed %v", k, u, median(took["removed"]))
	if diff := (k - u).Abs(); diff > 50*time.Millisecond {
		t.Fatalf("known and unknown addresses answer %v apart (known %v, unknown %v)", diff, k, u)
	}

	// A malformed address is said to be so, whoever asks.
	if r := e.requestReset(e.API.URL, "", "pas-une-adresse"); r.code() != "VALIDATION" || r.Errors[0].Extensions["field"] != "email" {
		t.Fatalf("a malformed address: %+v", r.Errors)
	}
}

func TestPasswordResetRequestsAreLimited(t *testing.T) {
	e := newMailEnv(t)
	fx := e.newOrg("Post Limitée")
	proxy := e.startBehindProxy()
	victim := fx.member(db.RoleAdmin).Email

	// Per email, from anywhere: five, then refused, the same for an address
	// with no account.
	for _, email := range []string{victim, "inconnue@limitee.test"} {
		var rs []*result
		for i := range 7 {
			rs = append(rs, e.requestReset(proxy.URL, "198.51.100."+string(rune('1'+i)), email))
		}
		if got := codes(rs); got[""] != 5 || got["RATE_LIMITED"] != 2 || rs[5].code() != "RATE_LIMITED" {
			t.Fatalf("seven requests for %s from seven addresses: %v", email, got)
		}
		last := rs[6].Errors[0]
		if last.Message != "Trop de demandes de réinitialisation du mot de passe : réessayez dans 12 minutes." || last.Extensions["field"] != "email" {
			t.Fatalf("the refusal: %+v", last)
		}
		if secs, _ := last.Extensions["retryAfter"].(float64); secs < 600 || secs > 720 {
			t.Fatalf("retryAfter = %v s, want within the email's 12 minutes", last.Extensions["retryAfter"])
		}
	}
	if got := len(e.resetTokens(victim)); got != 5 {
		t.Fatalf("mails to the victim: %d, want 5", got)
	}

	// Per address: twenty at once, whatever the emails; in parallel, still
	// twenty. Another address is not concerned.
	rs := make([]*result, 26)
	var wg sync.WaitGroup
	for i := range rs {
		wg.Go(func() {
			rs[i] = e.requestReset(proxy.URL, "203.0.113.9", "personne"+string(rune('a'+i))+"@limitee.test")
		})
	}
	wg.Wait()
	if got := codes(rs); got[""] != 20 || got["RATE_LIMITED"] != 6 {
		t.Fatalf("26 emails from one address in parallel: %v", got)
	}
	r := e.requestResetIn(proxy.URL, "203.0.113.9", "en", "encore@limitee.test")
	if r.code() != "RATE_LIMITED" || !strings.HasPrefix(r.Errors[0].Message, "Too many password reset requests: try again in ") {
		t.Fatalf("the refusal in English: %+v", r.Errors)
	}
	if r := e.requestReset(proxy.URL, "203.0.113.10", "encore@limitee.test"); r.code() != "" {
		t.Fatalf("from another address: %+v", r.Errors)
	}
	// Logging in is limited apart: the reset requests spent none of it.
	if r := e.loginFrom(proxy.URL, "203.0.113.9", victim, demo.Password, ""); r.code() != "" {
		t.Fatalf("logging in from the limited address: %+v", r.Errors)
	}
}
