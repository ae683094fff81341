package page

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"time"

	"github.com/google/uuid"

	"github.com/postprod/postprod/internal/kernel/apperr"
)

// Two cursor shapes travel, both opaque to clients:
//   - "o:<n>": an offset, what every list gave before keyset pagination and
//     what the lists computed in memory (Window) and those still read by
//     offset (Fetch) give;
//   - "k:<json>": the sort key of a row, its id last, and the name of the
//     order it belongs to, so a list reading by key starts right after that
//     row whatever rows were added or removed before it.
const (
	offsetPrefix = "o:"
	keyPrefix    = "k:"
)

// key is a decoded keyset cursor: the order's name and each term's raw
// value as text (nil for NULL), validated only against its order in
// Keyset, which knows the types.
type key struct {
	Order  string    `json:"o"`
	Values []*string `json:"v"`
}

func badCursor() error {
	return apperr.Invalid("after", "Curseur invalide.", "Invalid cursor.")
}

func decode(after string) (offset int, k *key, err error) {
	raw, err := base64.RawURLEncoding.DecodeString(after)
	if err != nil {
		return 0, nil, badCursor()
	}
	s := string(raw)
	switch {
	case strings.HasPrefix(s, offsetPrefix):
		n, err := strconv.Atoi(strings.TrimPrefix(s, offsetPrefix))
		if err != nil || n < 0 {
			return 0, nil, badCursor()
		}
		return n + 1, nil, nil
	case strings.HasPrefix(s, keyPrefix):
		k := new(key)
		d := json.NewDecoder(strings.NewReader(strings.TrimPrefix(s, keyPrefix)))
		d.DisallowUnknownFields()
		if err := d.Decode(k); err != nil || k.Order == "" || len(k.Values) == 0 || d.More() {
			return 0, nil, badCursor()
		}
		return 0, k, nil
	}
	return 0, nil, badCursor()
}

// Cursor of the item at absolute position i (offset lists).
func Cursor(i int) string {
	return base64.RawURLEncoding.EncodeToString([]byte(offsetPrefix + strconv.Itoa(i)))
}

func (k key) encode() string {
	b, _ := json.Marshal(k) // strings and nulls only: cannot fail
	return base64.RawURLEncoding.EncodeToString(append([]byte(keyPrefix), b...))
}

// Cast is the SQL type a cursor's value is read back as; Keyset parses the
// value in Go first, so a tampered cursor is refused as invalid input
// rather than failing in the database.
type Cast string

const (
	Text      Cast = "text"
	Timestamp Cast = "timestamptz"
	UUID      Cast = "uuid"
	Date      Cast = "date"
	Int       Cast = "bigint"
)

// check says whether v is a value of c, and gives it in canonical form.
func (c Cast) check(v string) (string, bool) {
	switch c {
	case Text:
		return v, true
	case Timestamp:
		t, err := time.Parse(time.RFC3339Nano, v)
		return t.UTC().Format(time.RFC3339Nano), err == nil
	case UUID:
		u, err := uuid.Parse(v)
		return u.String(), err == nil
	case Date:
		d, err := time.Parse(time.DateOnly, v)
		return d.Format(time.DateOnly), err == nil
	case Int:
		n, err := strconv.ParseInt(v, 10, 64)
		return strconv.FormatInt(n, 10), err == nil
	}
	return "", false
}

// text is a row's raw sort value as a cursor holds it: nil for a nil
// pointer or nil, else its text in the form Cast.check reads.
func text(v any) *string {
	if v == nil {
		return nil
	}
	rv := reflect.ValueOf(v)
	if rv.Kind() == reflect.Pointer {
		if rv.IsNil() {
			return nil
		}
		return text(rv.Elem().Interface())
	}
	var s string
	switch x := v.(type) {
	case time.Time:
		s = x.UTC().Format(time.RFC3339Nano)
	case fmt.Stringer: // uuid.UUID, dates.Date
		s = x.String()
	default:
		switch rv.Kind() {
		case reflect.String:
			s = rv.String()
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
			s = strconv.FormatInt(rv.Int(), 10)
		default:
			panic(fmt.Sprintf("page: no cursor text for %T", v))
		}
	}
	return &s
}
