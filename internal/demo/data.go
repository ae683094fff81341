package demo

import (
	"time"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/kernel/dates"
	"github.com/postprod/postprod/internal/kernel/money"
)

// The demo data, as literal tables. Rows refer to each other by a short key
// (a slug); Seed turns keys into generated ids. SIRETs pass the Luhn check
// (their SIREN too), VAT numbers carry the French key (12 + 3 × (SIREN mod
// 97)) mod 97, and ISANs carry valid ISO 7064 MOD 37,36 check characters;
// demo_test.go checks all three.

type orgRow struct {
	Name, LegalName, Siret, VatNumber, Address string
}

var organisation = orgRow{
	Name:      "Studio Lumière Post",
	LegalName: "Studio Lumière Post SAS",
	Siret:     "84215637400014",
	VatNumber: "FR53842156374",
	Address:   "42 rue de Paris, 93100 Montreuil",
}

type clientRow struct {
	Key                                                      string
	Name, LegalName, Siret, VatNumber, Address, ContactEmail string
}

var clients = []clientRow{
	{"canal", "Les Films du Canal Saint-Martin", "Les Films du Canal Saint-Martin SARL",
		"79341826000022", "FR19793418260", "18 quai de Valmy, 75010 Paris",
		"production@films-canal-saint-martin.example.fr"},
	{"mistral", "Atelier Mistral Productions", "Atelier Mistral Productions SAS",
		"81275094100013", "FR16812750941", "12 rue Sainte, 13001 Marseille",
		"contact@atelier-mistral.example.fr"},
	{"hirondelle", "Hirondelle Télévision", "Hirondelle Télévision SAS",
		"52318467900042", "FR56523184679", "45 avenue du Général-Leclerc, 92100 Boulogne-Billancourt",
		"postproduction@hirondelle-tv.example.fr"},
	{"estuaire", "Les Docs de l'Estuaire", "Les Docs de l'Estuaire SARL",
		"83096152000012", "FR92830961520", "3 quai de la Fosse, 44000 Nantes",
		"bonjour@docs-estuaire.example.fr"},
	{"renard", "Petit Renard Animation", "Petit Renard Animation SAS",
		"88460273100017", "FR46884602731", "21 rue de Bordeaux, 16000 Angoulême",
		"studio@petit-renard.example.fr"},
}

type technicianRow struct {
	Key        string
	Name       string
	Functions  []string
	Skills     []string // operation codes of the shared catalogue
	Employment db.Employment
	DailyRate  money.Cents // hourly rate = daily / 8
	Email      string
	Phone      string
}

const (
	intermittent = db.EmploymentIntermittent
	permanent    = db.EmploymentPermanent
)

var technicians = []technicianRow{
	{"sophie", "Sophie Lambert", []string{"Cheffe monteuse"}, []string{"OFFLINE_EDIT", "INGEST"},
		intermittent, 55000, "sophie.lambert@example.fr", "06 12 48 73 21"},
	{"antoine", "Antoine Dubois", []string{"Monteur", "Chef monteur"}, []string{"OFFLINE_EDIT"},
		intermittent, 42000, "antoine.dubois@example.fr", "06 23 57 81 94"},
	{"lea", "Léa Fontaine", []string{"Assistante monteuse"}, []string{"INGEST", "CONFORM", "OFFLINE_EDIT"},
		intermittent, 28000, "lea.fontaine@example.fr", "07 81 34 62 05"},
	{"nicolas", "Nicolas Garnier", []string{"Monteur son", "Sound designer"}, []string{"SOUND_EDIT", "MUSIC_EDIT"},
		intermittent, 45000, "nicolas.garnier@example.fr", "06 45 19 87 36"},
	{"isabelle", "Isabelle Roux", []string{"Mixeuse"}, []string{"MIX", "SOUND_EDIT"},
		intermittent, 60000, "isabelle.roux@example.fr", "06 71 02 58 43"},
	{"mathieu", "Mathieu Lefèvre", []string{"Étalonneur"}, []string{"GRADING"},
		permanent, 60000, "mathieu.lefevre@example.fr", "06 33 90 14 72"},
	{"pauline", "Pauline Mercier", []string{"Bruiteuse"}, []string{"FOLEY"},
		intermittent, 42000, "pauline.mercier@example.fr", "06 58 26 47 13"},
	{"hugo", "Hugo Girard", []string{"Truquiste VFX", "Compositeur"}, []string{"VFX", "TITLES"},
		intermittent, 48000, "hugo.girard@example.fr", "07 62 13 95 80"},
	{"elodie", "Élodie Bonnet", []string{"Conformatrice", "Opératrice PAD"}, []string{"CONFORM", "MASTERING", "QC"},
		permanent, 38000, "elodie.bonnet@example.fr", "06 17 64 39 28"},
	{"yannick", "Yannick Perrin", []string{"Graphiste", "Motion designer"}, []string{"CREDITS", "TITLES"},
		intermittent, 35000, "yannick.perrin@example.fr", "06 84 51 20 67"},
	{"chloe", "Chloé Marchand", []string{"Sous-titreuse", "Adaptatrice"}, []string{"SUBTITLES"},
		intermittent, 30000, "chloe.marchand@example.fr", "06 92 47 15 36"},
	{"bertrand", "Bertrand Caron", []string{"Audiodescripteur"}, []string{"AUDIO_DESC"},
		intermittent, 32000, "bertrand.caron@example.fr", "06 26 83 70 41"},
	{"julie", "Julie Nguyen", []string{"Monteuse son dialogues", "Ingénieure du son post-synchro"}, []string{"ADR", "DUBBING", "SOUND_EDIT"},
		intermittent, 43000, "julie.nguyen@example.fr", "07 45 28 96 13"},
	{"romain", "Romain Chevalier", []string{"Technicien contrôle qualité", "Opérateur de numérisation"}, []string{"QC", "INGEST", "MASTERING"},
		permanent, 30000, "romain.chevalier@example.fr", "06 39 72 05 84"},
	{"manon", "Manon Faure", []string{"Cheffe monteuse", "Monteuse"}, []string{"OFFLINE_EDIT", "INGEST"},
		intermittent, 40000, "manon.faure@example.fr", "06 50 36 18 92"},
}

type roomRow struct {
	Name      string
	Kind      db.RoomKind
	DailyRate money.Cents
}

var rooms = []roomRow{
	{"Salle de montage 1 (Avid)", db.RoomKindEditSuite, 25000},
	{"Salle de montage 2 (Avid)", db.RoomKindEditSuite, 25000},
	{"Salle de montage 3 (Premiere)", db.RoomKindEditSuite, 20000},
	{"Salle d'étalonnage (DaVinci Resolve)", db.RoomKindGrading, 80000},
	{"Auditorium de mixage 5.1", db.RoomKindMixStage, 95000},
	{"Studio de bruitage", db.RoomKindFoleyStage, 60000},
	{"Cabine de montage son", db.RoomKindSoundEdit, 18000},
	{"Station VFX / compositing", db.RoomKindVFX, 22000},
	{"Salle de projection", db.RoomKindScreening, 40000},
	{"Cabine de post-synchronisation", db.RoomKindOther, 35000},
}

type episodeRow struct {
	Title          string
	RuntimeMinutes int
}

type teamRow struct {
	Technician string // technician key
	Function   string
	DailyRate  money.Cents
	Note       string
}

type productionRow struct {
	Key            string
	Client         string // client key
	Title          string
	Kind           db.ProductionKind
	Status         db.ProductionStatus
	Director       string
	RuntimeMinutes int
	FrameRate      string
	Resolution     string
	ColourSpace    string
	AudioLayout    string
	Deadline       dates.Date
	Isan           string
	Notes          string
	Episodes       []episodeRow // numbered from 1
	Team           []teamRow
}

func d(y int, m time.Month, day int) dates.Date { return dates.Date{Year: y, Month: m, Day: day} }

var productions = []productionRow{
	{
		Key: "heures", Client: "canal", Title: "Les Heures claires",
		Kind: db.ProductionKindFeatureFilm, Status: db.ProductionStatusInPost, Director: "Camille Desrosiers", RuntimeMinutes: 104,
		FrameRate: "24", Resolution: "4096x2160", ColourSpace: "DCI-P3", AudioLayout: "5.1 + M&E",
		Deadline: d(2027, time.February, 26), Isan: "0000-0004-A1F3-0000-Q-0000-A2B1-H",
		Notes: "Long métrage cinéma. Livrables : DCP, PAD Rec.709 pour la chaîne coproductrice, version M&E pour les ventes internationales.",
		Team: []teamRow{
			{"sophie", "Cheffe monteuse", 55000, "Monteuse habituelle de la réalisatrice (trois films ensemble)"},
			{"lea", "Assistante monteuse", 28000, ""},
			{"mathieu", "Étalonneur", 60000, "Étalonnage en salle, projection de contrôle prévue"},
			{"nicolas", "Monteur son", 45000, ""},
			{"isabelle", "Mixeuse", 60000, "Mixage cinéma 5.1 puis version M&E"},
			{"pauline", "Bruiteuse", 42000, ""},
		},
	},
	{
		Key: "brigade", Client: "hirondelle", Title: "Brigade des marées",
		Kind: db.ProductionKindTVSeries, Status: db.ProductionStatusInPost, Director: "Karim Benali", RuntimeMinutes: 52,
		FrameRate: "25", Resolution: "3840x2160", ColourSpace: "Rec.2020 PQ", AudioLayout: "5.1",
		Deadline: d(2027, time.March, 15), Isan: "0000-0005-C27E-0000-6-0000-3C05-5",
		Notes: "Série policière, 8 × 52 min. Livraison UHD HDR pour la plateforme et HD Rec.709 pour l'antenne.",
		Episodes: []episodeRow{
			{"Marée basse", 52}, {"Le Noyé de Cancale", 52}, {"Vent de suroît", 51}, {"Les Disparus de l'île", 53},
			{"Coefficient 110", 52}, {"Brume", 52}, {"L'Épave", 51}, {"Grande Marée", 54},
		},
		Team: []teamRow{
			{"antoine", "Chef monteur", 42000, "Épisodes 1 à 4"},
			{"manon", "Cheffe monteuse", 40000, "Épisodes 5 à 8"},
			{"lea", "Assistante monteuse", 28000, ""},
			{"julie", "Monteuse son dialogues", 43000, "Post-synchronisation des épisodes 2 et 6"},
			{"isabelle", "Mixeuse", 58000, "Tarif série négocié"},
			{"hugo", "Truquiste VFX", 48000, ""},
		},
	},
	{
		Key: "sel", Client: "estuaire", Title: "Le Goût du sel",
		Kind: db.ProductionKindDocumentary, Status: db.ProductionStatusInPost, Director: "Anne-Sophie Le Guen", RuntimeMinutes: 52,
		FrameRate: "25", Resolution: "1920x1080", ColourSpace: "Rec.709", AudioLayout: "Stéréo",
		Deadline: d(2027, time.January, 29),
		Notes:    "Documentaire sur les paludiers de Guérande. Sous-titrage SME demandé par le diffuseur.",
		Team: []teamRow{
			{"manon", "Cheffe monteuse", 40000, "A monté les deux précédents films de la réalisatrice"},
			{"nicolas", "Monteur son", 45000, ""},
			{"chloe", "Sous-titreuse", 30000, "Sous-titres sourds et malentendants (SME)"},
			{"elodie", "Conformatrice", 38000, ""},
		},
	},
	{
		Key: "terres", Client: "hirondelle", Title: "Terres d'ici",
		Kind: db.ProductionKindMagazine, Status: db.ProductionStatusInPost, Director: "Marc Delattre", RuntimeMinutes: 26,
		FrameRate: "25", Resolution: "1920x1080", ColourSpace: "Rec.709", AudioLayout: "Stéréo",
		Deadline: d(2026, time.December, 18),
		Notes:    "Magazine hebdomadaire sur les territoires ruraux, livraison PAD chaque jeudi.",
		Team: []teamRow{
			{"antoine", "Monteur", 40000, ""},
			{"yannick", "Graphiste", 35000, "Habillage de l'émission"},
			{"romain", "Technicien contrôle qualité", 30000, "QC avant chaque envoi PAD"},
		},
	},
	{
		Key: "pipo", Client: "renard", Title: "Pipo et la lune rousse",
		Kind: db.ProductionKindAnimation, Status: db.ProductionStatusInPost, Director: "Lucie Chabrol", RuntimeMinutes: 78,
		FrameRate: "24", Resolution: "4096x2160", ColourSpace: "DCI-P3", AudioLayout: "5.1 + M&E",
		Deadline: d(2027, time.June, 30),
		Notes:    "Long métrage d'animation jeune public. Doublage en anglais à prévoir pour l'export.",
		Team: []teamRow{
			{"nicolas", "Monteur son", 45000, "Création sonore et ambiances"},
			{"pauline", "Bruiteuse", 42000, ""},
			{"isabelle", "Mixeuse", 60000, ""},
			{"yannick", "Graphiste", 35000, "Génériques de début et de fin"},
		},
	},
	{
		Key: "traversee", Client: "mistral", Title: "La Dernière Traversée",
		Kind: db.ProductionKindTVFiction, Status: db.ProductionStatusInPost, Director: "Thomas Giraud", RuntimeMinutes: 90,
		FrameRate: "25", Resolution: "1920x1080", ColourSpace: "Rec.709", AudioLayout: "5.1",
		Deadline: d(2027, time.February, 12),
		Notes:    "Téléfilm unitaire de 90 min. Audiodescription exigée par le diffuseur.",
		Team: []teamRow{
			{"antoine", "Chef monteur", 42000, "Monteur habituel du réalisateur"},
			{"mathieu", "Étalonneur", 60000, ""},
			{"julie", "Monteuse son dialogues", 43000, ""},
			{"isabelle", "Mixeuse", 60000, ""},
			{"bertrand", "Audiodescripteur", 32000, "Audiodescription exigée par le diffuseur"},
		},
	},
	{
		Key: "calanques", Client: "mistral", Title: "Calanques, la mer en partage",
		Kind: db.ProductionKindDocumentary, Status: db.ProductionStatusDelivered, Director: "Nadia Ferhat", RuntimeMinutes: 52,
		FrameRate: "25", Resolution: "1920x1080", ColourSpace: "Rec.709", AudioLayout: "Stéréo",
		Deadline: d(2026, time.October, 2), Isan: "0000-0003-E9B4-0000-J-0000-1D7E-M",
		Notes: "PAD livré et accepté par le diffuseur.",
		Team: []teamRow{
			{"antoine", "Monteur", 40000, ""},
			{"elodie", "Conformatrice", 38000, "Masterisation PAD"},
			{"chloe", "Sous-titreuse", 30000, "Sous-titres anglais et SME"},
			{"romain", "Technicien contrôle qualité", 30000, ""},
		},
	},
	{
		Key: "enfants", Client: "canal", Title: "Les Enfants du canal",
		Kind: db.ProductionKindFeatureFilm, Status: db.ProductionStatusPreparation, Director: "Hélène Vasseur", RuntimeMinutes: 110,
		FrameRate: "23.976", Resolution: "3840x2160", ColourSpace: "Rec.2020 PQ", AudioLayout: "5.1 + M&E",
		Deadline: d(2027, time.September, 30),
		Notes:    "Tournage prévu au printemps 2027. Coproduction avec une plateforme : livraison UHD HDR.",
		Team: []teamRow{
			{"sophie", "Cheffe monteuse", 55000, "Pressentie, à confirmer après le tournage"},
			{"lea", "Assistante monteuse", 28000, ""},
			{"mathieu", "Étalonneur", 62000, "Tests HDR pendant la préparation"},
			{"hugo", "Truquiste VFX", 50000, ""},
		},
	},
}

// The demo users: one per role, all with the password Password.
type userRow struct {
	Email, Name string
	Role        db.Role
	Client      string // client key, for PRODUCER
	Technician  string // technician key, for TECHNICIAN
}

var users = []userRow{
	{Email: AdminEmail, Name: "Claire Martin", Role: db.RoleAdmin},
	{Email: "coordinator@demo.test", Name: "Julien Moreau", Role: db.RoleCoordinator},
	// Hirondelle Télévision has 2 of the 8 productions.
	{Email: "producer@demo.test", Name: "Nathalie Lemaire", Role: db.RoleProducer, Client: "hirondelle"},
	// Nicolas Garnier is in the teams of 3 of the 8 productions.
	{Email: "tech@demo.test", Name: "Nicolas Garnier", Role: db.RoleTechnician, Technician: "nicolas"},
	{Email: "holder@demo.test", Name: DemoHolder, Role: db.RoleRightsHolder}, // the login of the holder its portal greets
	{Email: "accountant@demo.test", Name: "Sandrine Petit", Role: db.RoleAccountant},
}
