// Package isan validates International Standard Audiovisual Numbers
// (ISO 15706-2): a 16-hex-digit root and episode, a check character, an
// 8-hex-digit version and a second check character, both ISO 7064 MOD 37,36.
package isan

import (
	"strings"

	"github.com/postprod/postprod/internal/kernel/apperr"
)

// Error says in French and English why an ISAN is refused.
type Error struct{ FR, EN string }

func (e *Error) Error() string { return e.EN }

const alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"

func checkChar(s string) byte {
	const m = 36
	p := m
	for i := 0; i < len(s); i++ {
		v := strings.IndexByte(alphabet, s[i])
		sum := (p + v) % m
		if sum == 0 {
			sum = m
		}
		p = (sum * 2) % (m + 1)
	}
	return alphabet[(m+1-p)%m]
}

// Normalize validates an ISAN written with or without the "ISAN " prefix and
// hyphens, and returns it in its canonical display form
// "0000-0000-D07A-0090-Q-0000-0000-X". A 16+1 digit ISAN without version
// is accepted too.
func Normalize(in string) (string, error) {
	s := strings.ToUpper(strings.TrimSpace(in))
	s = strings.TrimPrefix(s, "ISAN")
	s = strings.NewReplacer("-", "", " ", "").Replace(s)
	if len(s) != 17 && len(s) != 26 {
		return "", &Error{"un ISAN compte 16 chiffres hexadécimaux et un caractère de contrôle, éventuellement suivis d'une version de 8 chiffres et d'un second caractère de contrôle",
			"an ISAN has 16 hexadecimal digits and a check character, optionally followed by an 8-digit version and a second check character"}
	}
	isHex := func(x string) bool {
		for i := 0; i < len(x); i++ {
			if !strings.ContainsRune("0123456789ABCDEF", rune(x[i])) {
				return false
			}
		}
		return true
	}
	root := s[:16]
	if !isHex(root) || checkChar(root) != s[16] {
		return "", &Error{"le premier caractère de contrôle ne correspond pas", "the first check character does not match"}
	}
	out := root[0:4] + "-" + root[4:8] + "-" + root[8:12] + "-" + root[12:16] + "-" + s[16:17]
	if len(s) == 26 {
		ver := s[17:25]
		if !isHex(ver) || checkChar(root+ver) != s[25] {
			return "", &Error{"le second caractère de contrôle ne correspond pas", "the second check character does not match"}
		}
		out += "-" + ver[0:4] + "-" + ver[4:8] + "-" + s[25:26]
	}
	return out, nil
}

// Make completes a 16-hex-digit root (and an optional 8-digit version) with
// its check characters, in display form.
func Make(root, version string) string {
	root, version = strings.ToUpper(root), strings.ToUpper(version)
	s := root + string(checkChar(root))
	if version != "" {
		s += version + string(checkChar(root+version))
	}
	out, _ := Normalize(s)
	return out
}

// Invalid is the client error for a refused ISAN.
func Invalid(field string, err error) error {
	if e, ok := err.(*Error); ok {
		return apperr.Invalid(field, "ISAN invalide : "+e.FR+".", "Invalid ISAN: "+e.EN+".")
	}
	return apperr.Invalid(field, "ISAN invalide.", "Invalid ISAN.")
}
