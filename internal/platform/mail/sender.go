package mail

import (
	"context"
	"database/sql"
	"errors"
	"log/slog"
	"math"
	"strings"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/platform/live"
)

// Sender delivers the mail outbox. Each worker claims one due PENDING row
// with FOR UPDATE SKIP LOCKED and keeps that row lock while it talks to the
// SMTP server, then records the outcome in the same transaction: two
// workers, or two replicas, never hold the same row, so a message is sent
// once. (If the commit itself fails after the server accepted the message,
// it is sent again; its Message-ID is the same, for the receiver to drop.)
type Sender struct {
	DB   *bun.DB
	SMTP *Dialer
	// Workers is how many messages go out at once (2 by default).
	Workers int
	// Backoff is the wait after a first failure, doubled at each further
	// one up to MaxBackoff (2 s and 1 min by default).
	Backoff, MaxBackoff time.Duration
	// GiveUpAfter: a message still failing this long after it was queued
	// is FAILED (3 days by default).
	GiveUpAfter time.Duration
	// Poll is the safety net when no notification comes (30 s by default).
	Poll time.Duration

	once sync.Once
	mu   sync.Mutex
	wake chan struct{} // closed by Wake, then replaced
}

func (s *Sender) init() {
	s.once.Do(func() {
		s.Workers = cmpOr(s.Workers, 2)
		s.Backoff = cmpOr(s.Backoff, 2*time.Second)
		s.MaxBackoff = cmpOr(s.MaxBackoff, time.Minute)
		s.GiveUpAfter = cmpOr(s.GiveUpAfter, 3*24*time.Hour)
		s.Poll = cmpOr(s.Poll, 30*time.Second)
		s.wake = make(chan struct{})
	})
}

func cmpOr[T int | time.Duration](v, def T) T {
	if v > 0 {
		return v
	}
	return def
}

// Wake makes every idle worker look for due mail now.
func (s *Sender) Wake() {
	s.init()
	s.mu.Lock()
	close(s.wake)
	s.wake = make(chan struct{})
	s.mu.Unlock()
}

func (s *Sender) woken() <-chan struct{} {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.wake
}

// Signal is what the replica's live listener passes on: mail.Enqueue's
// NOTIFY at commit, and a look after each reconnection (what was notified
// meanwhile was lost).
func (s *Sender) Signal() live.Signal {
	return live.Signal{Channel: Channel, Handle: func(string) { s.Wake() }, Resync: s.Wake}
}

// Run delivers until ctx ends.
func (s *Sender) Run(ctx context.Context) {
	s.init()
	slog.Info("mail: sending the outbox", "smtp", s.SMTP.Server.String(), "workers", s.Workers)
	var wg sync.WaitGroup
	for range s.Workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s.work(ctx)
		}()
	}
	wg.Wait()
}

// work sends due messages one after the other over one SMTP session, and
// closes it when nothing is due.
func (s *Sender) work(ctx context.Context) {
	var sess *Session
	closeSession := func() {
		if sess != nil {
			sess.Close()
			sess = nil
		}
	}
	defer closeSession()
	for ctx.Err() == nil {
		woken := s.woken() // before looking: a Wake during the look is not missed
		found, err := s.deliverOne(ctx, &sess)
		if found && err == nil {
			continue
		}
		closeSession()
		wait := s.Poll
		if err != nil {
			if ctx.Err() != nil {
				return
			}
			slog.Error("mail: reading the outbox", "err", err)
			wait = s.Backoff
		} else if next, ok := s.nextDue(ctx); ok {
			wait = min(max(next, 10*time.Millisecond), s.Poll)
		}
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
		case <-woken:
		case <-t.C:
		}
		t.Stop()
	}
}

// nextDue is how long until the earliest pending message is due, by the
// database's clock (the one next_attempt_at was written with).
func (s *Sender) nextDue(ctx context.Context) (time.Duration, bool) {
	var secs sql.NullFloat64
	err := s.DB.NewSelect().Model((*db.MailMessage)(nil)).
		ColumnExpr("EXTRACT(EPOCH FROM min(next_attempt_at) - clock_timestamp())::float8").
		Where("status = ?", db.MailPending).Scan(ctx, &secs)
	if err != nil || !secs.Valid {
		return 0, false
	}
	return time.Duration(secs.Float64 * float64(time.Second)), true
}

// deliverOne claims one due message, sends it, and records the outcome;
// found is false when nothing was due. *sess is the worker's open session,
// opened here when needed and dropped after an error.
func (s *Sender) deliverOne(ctx context.Context, sess **Session) (found bool, err error) {
	err = s.DB.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
		m := new(db.MailMessage)
		err := tx.NewSelect().Model(m).
			Where("status = ?", db.MailPending).Where("next_attempt_at <= clock_timestamp()").
			OrderExpr("next_attempt_at, created_at").Limit(1).For("UPDATE SKIP LOCKED").Scan(ctx)
		if errors.Is(err, sql.ErrNoRows) {
			return nil
		}
		if err != nil {
			return err
		}
		found = true
		sendErr := s.send(ctx, sess, m)
		if sendErr == nil {
			_, err = tx.NewUpdate().Model(m).
				Set("status = ?", db.MailSent).Set("sent_at = clock_timestamp()").Set("attempts = attempts + 1").Set("last_error = ''").
				WherePK().Exec(ctx)
			if err == nil {
				slog.Info("mail: sent", "id", m.ID, "kind", m.Kind, "attempt", m.Attempts+1)
			}
			return err
		}
		if ctx.Err() != nil {
			return ctx.Err() // shutting down: not the message's fault
		}
		return s.recordFailure(ctx, tx, m, sendErr)
	})
	return found, err
}

func (s *Sender) send(ctx context.Context, sess **Session, m *db.MailMessage) error {
	reused := *sess != nil
	if !reused {
		var err error
		if *sess, err = s.SMTP.Open(ctx); err != nil {
			return err
		}
	}
	err := (*sess).Send(ctx, m.Sender, m.Recipient, m.Message)
	var rej *Rejected
	if err == nil || errors.As(err, &rej) {
		return err
	}
	// Anything else leaves the session in doubt: drop it, and give a
	// reused one (the server may have closed it while idle) a second try.
	(*sess).Close()
	*sess = nil
	if reused && ctx.Err() == nil {
		return s.send(ctx, sess, m)
	}
	return err
}

func (s *Sender) recordFailure(ctx context.Context, tx bun.Tx, m *db.MailMessage, sendErr error) error {
	var rej *Rejected
	age := time.Since(m.CreatedAt)
	permanent := errors.As(sendErr, &rej)
	attempts := m.Attempts + 1
	q := tx.NewUpdate().Model(m).Set("attempts = ?", attempts).Set("last_error = ?", truncate(sendErr.Error(), 1000)).WherePK()
	if permanent || age > s.GiveUpAfter {
		q = q.Set("status = ?", db.MailFailed)
		slog.Warn("mail: given up", "id", m.ID, "kind", m.Kind, "attempts", attempts, "age", age.Round(time.Second).String(), "err", sendErr)
	} else {
		delay := s.backoff(attempts)
		q = q.Set("next_attempt_at = clock_timestamp() + ? * interval '1 millisecond'", delay.Milliseconds())
		slog.Warn("mail: not sent, will retry", "id", m.ID, "kind", m.Kind, "attempts", attempts, "in", delay.String(), "err", sendErr)
	}
	_, err := q.Exec(ctx)
	return err
}

// backoff is the wait after the n-th failed attempt.
func (s *Sender) backoff(n int) time.Duration {
	d := s.Backoff
	for i := 1; i < n && d < s.MaxBackoff; i++ {
		d *= 2
	}
	return min(d, s.MaxBackoff)
}

// truncate keeps last_error short and valid UTF-8 (a server's answer may
// not be, and PostgreSQL refuses it).
func truncate(s string, n int) string {
	if len(s) > n {
		s = s[:n]
	}
	return strings.ToValidUTF8(s, "?")
}

// Pending counts the messages still to send.
func Pending(ctx context.Context, idb bun.IDB) (int64, error) {
	return idb.NewSelect().Model((*db.MailMessage)(nil)).Where("status = ?", db.MailPending).Count(ctx)
}

// PendingGauge is postprod_mail_pending for /metrics: mail waiting in the
// outbox (it grows while the SMTP server is out of reach or not set).
func PendingGauge(idb bun.IDB) prometheus.Collector {
	return prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "postprod_mail_pending", Help: "Messages waiting in the mail outbox."}, func() float64 {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		n, err := Pending(ctx, idb)
		if err != nil {
			return math.NaN() // unknown, rather than a false zero
		}
		return float64(n)
	})
}
