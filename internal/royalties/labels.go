package royalties

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/platform/documents"
)

// mediaLabels name the modes of exploitation in French and English, as the
// statements, yearly accounts and their CSV files print them: people read
// "Vidéo à la demande par abonnement", never SVOD.
var mediaLabels = map[db.Media][2]string{
	db.MediaAll:           {"Tous modes d'exploitation", "All media"},
	db.MediaCinema:        {"Salles de cinéma", "Cinema"},
	db.MediaTV:            {"Télévision", "Television"},
	db.MediaSVOD:          {"Vidéo à la demande par abonnement", "Subscription video on demand"},
	db.MediaAVOD:          {"Vidéo à la demande gratuite", "Free video on demand"},
	db.MediaTVOD:          {"Vidéo à la demande à l'acte", "Pay-per-view video on demand"},
	db.MediaVideo:         {"Vidéo physique", "Home video"},
	db.MediaNonTheatrical: {"Non commercial", "Non-theatrical"},
}

// MediaLabel is a mode of exploitation as people read it; an unknown code
// comes out as it is rather than as nothing.
func MediaLabel(m db.Media, lang documents.Lang) string {
	l, ok := mediaLabels[m]
	switch {
	case !ok:
		return string(m)
	case lang == documents.EN:
		return l[1]
	}
	return l[0]
}

// TerritoryLabel is a territory as people read it: WORLD is "Monde" /
// "World", a country its name ("Belgique" / "Belgium"); anything else
// comes out as it is.
func TerritoryLabel(t string, lang documents.Lang) string {
	if t == World {
		if lang == documents.EN {
			return "World"
		}
		return "Monde"
	}
	if n, ok := documents.CountryName(t, lang); ok {
		return n
	}
	return t
}

// lowerFirst puts a label inside a French sentence: "sur télévision".
func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToLower(r)) + s[n:]
}

// mediaInSentence and territoryInSentence are labels as the middle of a
// French sentence (the waterfall's explanation) reads them; a country keeps
// its capital, the world does not ("monde").
func mediaInSentence(m db.Media) string { return lowerFirst(MediaLabel(m, documents.FR)) }

func territoryInSentence(t string) string {
	if t == World {
		return strings.ToLower(TerritoryLabel(t, documents.FR))
	}
	return TerritoryLabel(t, documents.FR)
}
