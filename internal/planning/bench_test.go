package planning

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/kernel/calendar"
	"github.com/postprod/postprod/internal/kernel/dates"
)

// benchInput builds a deterministic organisation over 2026: 50 productions
// of 40 chained tasks, 150 technicians, 40 rooms, 20,000 bookings laid end
// to end per resource (so that overlaps are the few injected on purpose,
// as in a real planning), and 300 unavailabilities, mostly in free time.
func benchInput() Input {
	const (
		nProductions      = 50
		tasksPerProd      = 40
		nTechnicians      = 150
		nRooms            = 40
		nBookings         = 20_000
		nUnavailabilities = 300
	)
	ops := []string{"INGEST", "OFFLINE_EDIT", "CONFORM", "COLOR_GRADING", "VFX", "CREDITS", "TITLES", "FOLEY",
		"SOUND_EDIT", "MUSIC_EDIT", "ADR", "DUBBING", "MIX", "SUBTITLES", "AUDIO_DESCRIPTION", "MASTERING", "QC"}
	r := rand.New(rand.NewPCG(2026, 3))
	year := calendar.WorkingDays(dates.Date{Year: 2026, Month: 1, Day: 1}, dates.Date{Year: 2026, Month: 12, Day: 31})
	in := Input{}

	tasksByOp := map[string][]int{}
	for p := range nProductions {
		pid := id('P', p)
		idx := (p * 3) % 90
		var lastEnd dates.Date
		for k := range tasksPerProd {
			n := len(in.Tasks)
			length := 1 + r.IntN(4)
			start := idx
			// A few tasks start a day before their predecessor is done.
			if k > 0 && n%97 == 0 {
				start--
			}
			op := ops[(p+k)%len(ops)]
			t := Task{ID: id('T', n), ProductionID: pid, Label: fmt.Sprintf("%s — Épisode %d", op, k/4+1), OperationCode: op,
				Start: calendar.AddWorkingDays(year[0], start), End: calendar.AddWorkingDays(year[0], start+length-1)}
			in.Tasks = append(in.Tasks, t)
			tasksByOp[op] = append(tasksByOp[op], n)
			if k > 0 {
				in.Dependencies = append(in.Dependencies, Dependency{TaskID: t.ID, DependsOnID: id('T', n-1)})
			}
			idx += length
			lastEnd = t.End
		}
		deadline := calendar.AddWorkingDays(lastEnd, 5)
		if p%10 == 0 {
			deadline = calendar.AddWorkingDays(lastEnd, -3)
		}
		in.Productions = append(in.Productions, Production{ID: pid, Title: fmt.Sprintf("Production %02d", p), Deadline: &deadline})
	}

	for i := range nTechnicians {
		in.Technicians = append(in.Technicians, Technician{ID: id('H', i), Name: fmt.Sprintf("Technicien %03d", i),
			Skills: []string{ops[i%len(ops)], ops[(i*7+3)%len(ops)]}})
	}
	for i := range nRooms {
		in.Rooms = append(in.Rooms, Room{ID: id('R', i), Name: fmt.Sprintf("Salle %02d", i)})
	}

	// Each resource has a cursor in half-days through the working days of
	// the year; a booking takes the next free half-day or days after a
	// small gap.
	techCursor := make([]int, nTechnicians)
	roomCursor := make([]int, nRooms)
	var last Booking
	for i := range nBookings {
		b := Booking{ID: id('B', i)}
		switch n := r.IntN(100); {
		case n < 85:
			b.Status = db.BookingStatusConfirmed
		case n < 95:
			b.Status = db.BookingStatusPencilled
		default:
			b.Status = db.BookingStatusCancelled
		}
		room := i%4 == 3
		var cursor *int
		if room {
			k := r.IntN(nRooms)
			b.RoomID, cursor = &in.Rooms[k].ID, &roomCursor[k]
		} else {
			k := r.IntN(nTechnicians)
			b.TechnicianID, cursor = &in.Technicians[k].ID, &techCursor[k]
		}
		var ti int
		if tech := b.TechnicianID; tech != nil && i%500 != 0 {
			skills := in.Technicians[int(tech[15])|int(tech[14])<<8].Skills
			list := tasksByOp[skills[r.IntN(len(skills))]]
			ti = list[r.IntN(len(list))]
		} else {
			ti = r.IntN(len(in.Tasks))
		}
		b.TaskID, b.ProductionID = in.Tasks[ti].ID, in.Tasks[ti].ProductionID

		if i%250 == 0 && i > 0 {
			// An injected clash: the same resource and slot as the last one.
			b.TechnicianID, b.RoomID = last.TechnicianID, last.RoomID
			b.Start, b.End, b.FromMinute, b.ToMinute = last.Start, last.End, last.FromMinute, last.ToMinute
			in.Bookings = append(in.Bookings, b)
			continue
		}
		*cursor += r.IntN(3)
		switch shape := r.IntN(10); {
		case shape < 4: // half a day
			d := (*cursor / 2) % len(year)
			b.Start, b.End = year[d], year[d]
			b.FromMinute, b.ToMinute = 540, 780
			if *cursor%2 == 1 {
				b.FromMinute, b.ToMinute = 840, 1080
			}
			*cursor++
		default: // one to three full days
			days := 1 + max(0, shape-7)
			*cursor += *cursor % 2
			d := (*cursor / 2) % len(year)
			d = min(d, len(year)-days)
			b.Start, b.End = year[d], year[d+days-1]
			b.FromMinute, b.ToMinute = 540, 1080
			*cursor += 2 * days
		}
		in.Bookings = append(in.Bookings, b)
		last = b
	}

	for i := range nUnavailabilities {
		k := i % nTechnicians
		d := techCursor[k]/2 + 2 + r.IntN(20)
		if i%20 == 0 || d >= len(year)-5 {
			d = r.IntN(len(year) - 5) // in the middle of the work: a real clash
		}
		length := r.IntN(5)
		in.Unavailabilities = append(in.Unavailabilities, Unavailability{ID: id('U', i), TechnicianID: in.Technicians[k].ID,
			Start: year[d], End: year[d+length], Reason: "congés"})
	}
	return in
}

func BenchmarkDetect(b *testing.B) {
	in := benchInput()
	var conflicts []Conflict
	b.ResetTimer()
	for b.Loop() {
		conflicts = Detect(in)
	}
	b.ReportMetric(float64(len(conflicts)), "conflicts")
	kinds := map[ConflictKind]int{}
	for _, c := range conflicts {
		kinds[c.Kind]++
	}
	for k, n := range kinds {
		b.ReportMetric(float64(n), string(k))
	}
}

func BenchmarkShiftCascade(b *testing.B) {
	in := benchInput()
	head := in.Tasks[0].ID // of a chain of 40 tasks, among 2,000
	b.ResetTimer()
	for b.Loop() {
		if _, err := Shift(in.Tasks, in.Dependencies, head, 3, true); err != nil {
			b.Fatal(err)
		}
	}
}
