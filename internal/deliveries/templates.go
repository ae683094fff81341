package deliveries

import "github.com/postprod/postprod/db"

// Template is a starting point for an organisation's own spec: the library
// copies it, the coordinator edits the copy to the recipient's current
// document.
type Template struct {
	Key           string
	Recipient     string
	RecipientKind db.RecipientKind
	Spec          Spec
	Notes         string
}

// Templates returns fresh copies each time, so a caller editing one (slices
// included) never changes the library. They are modelled on commonly
// published requirements, not on any one recipient's current document.
func Templates() []Template {
	return []Template{
		{
			Key:           "fr-broadcaster-hd-pad",
			Recipient:     "Diffuseur français (PAD HD)",
			RecipientKind: db.RecipientKindBroadcaster,
			Spec: Spec{
				Name:       "PAD HD 1080i25 — diffuseur français",
				Container:  "MXF OP1a",
				VideoCodec: "XDCAM HD 422 50 Mb/s",
				Width:      1920, Height: 1080,
				FrameRates:  []string{"25"},
				Scan:        "INTERLACED",
				ColourSpace: "Rec.709",
				HDR:         "",
				// The M&E is often asked for too, but as a separate element
				// negotiated per contract, so it is not required here.
				AudioLayouts:      []string{"STEREO", "5.1"},
				LoudnessTarget:    -23,
				LoudnessTolerance: 0.5,
				TruePeakMax:       -1,
				SubtitleFormats:   []string{"STL", "EBU-TT-D"},
				SubtitleLanguages: []string{"fr"},
				RequiredDocuments: []string{"CONDUCTEUR", "CREDITS", "MUSIC_CUE_SHEET", "ISAN"},
				NamingRule:        "{ISAN}_{TITRE}_{VERSION}.mxf",
			},
			Notes: "Prêt à diffuser HD sur le modèle des recommandations techniques PAD des diffuseurs français : " +
				"MXF OP1a XDCAM HD 422 50 Mb/s, 1080i25, Rec.709. Son EBU R128 : −23 LUFS ±0,5 LU pour un programme enregistré " +
				"(la tolérance de ±1 LU ne vaut que pour le direct), true peak −1 dBTP ; pistes stéréo et 5.1, M&E sur demande. " +
				"Sous-titrage sourds et malentendants en français au format STL (EBU-TT-D accepté). " +
				"Joindre conducteur, générique, relevé des musiques et ISAN. Vérifier la fiche en vigueur du diffuseur.",
		},
		{
			Key:           "streaming-imf-uhd",
			Recipient:     "Plateforme de streaming (IMF UHD)",
			RecipientKind: db.RecipientKindPlatform,
			Spec: Spec{
				Name:       "IMF UHD HDR — plateforme",
				Container:  "IMF App 2E",
				VideoCodec: "JPEG 2000",
				Width:      3840, Height: 2160,
				FrameRates:        []string{"23.976", "24", "25"},
				Scan:              "PROGRESSIVE",
				ColourSpace:       "Rec.2020",
				HDR:               "PQ",
				AudioLayouts:      []string{"5.1", "STEREO", "M&E"},
				LoudnessTarget:    -27,
				LoudnessTolerance: 2,
				TruePeakMax:       -2,
				SubtitleFormats:   []string{"IMSC1", "TTML"},
				SubtitleLanguages: []string{"fr", "en"},
				RequiredDocuments: []string{"MUSIC_CUE_SHEET", "CREDITS"},
				NamingRule:        "{TITRE}_{SAISON}{EPISODE}_{VERSION}_IMF_UHD_HDR",
			},
			Notes: "Package IMF App 2E sur le modèle des exigences publiées par les plateformes : UHD JPEG 2000 à la cadence native " +
				"(23,976, 24 ou 25 i/s, sans conversion), Rec.2020 PQ avec une version SDR dérivée (CPL SDR) ; Dolby Vision facultatif. " +
				"Audio 5.1, stéréo et M&E complet. Loudness −27 LKFS mesurée sur les dialogues (dialogue gating) ±2 LU, " +
				"true peak −2 dBTP : la valeur intégrée EBU R128 du profil n'en est qu'une approximation. " +
				"Sous-titres IMSC1 (TTML) français et anglais. Vérifier la fiche en vigueur de la plateforme.",
		},
		{
			Key:           "cinema-dcp",
			Recipient:     "Distributeur salles (DCP)",
			RecipientKind: db.RecipientKindDistributor,
			Spec: Spec{
				Name:       "DCP SMPTE 2K flat — salles",
				Container:  "SMPTE DCP",
				VideoCodec: "JPEG 2000",
				// The 2K DCI container; a 1.85 film fills 1998x1080 of it,
				// which Check treats as a fit, not a resize.
				Width: 2048, Height: 1080,
				FrameRates:  []string{"24"},
				Scan:        "PROGRESSIVE",
				ColourSpace: "DCI-P3",
				HDR:         "",
				// The M&E is not in the DCP: the distributor needs it for
				// international sales, which is why it is required here.
				AudioLayouts: []string{"5.1", "M&E"},
				// Cinema sound is calibrated by the projection chain, not
				// normalised: zero means no loudness requirement.
				LoudnessTarget:    0,
				LoudnessTolerance: 0,
				TruePeakMax:       0,
				SubtitleFormats:   []string{"SMPTE-TT"},
				SubtitleLanguages: nil,
				RequiredDocuments: []string{"CNC_CERTIFICATE", "CREDITS", "MUSIC_CUE_SHEET"},
				NamingRule:        "{TITRE}_FTR_F-185_FR-XX_FR_51_2K_{STUDIO}_{AAAAMMJJ}_{LABO}_SMPTE_OV",
			},
			Notes: "DCP SMPTE (Interop refusé), JPEG 2000, conteneur 2K DCI 2048x1080 (flat 1998x1080, scope 2048x858), 24 i/s, " +
				"DCI-P3 encodé en XYZ, son 5.1 ; M&E livré à part pour l'international. Pas de normalisation de loudness en salle. " +
				"Sous-titres SMPTE-TT facultatifs. Nom selon la Digital Cinema Naming Convention. " +
				"Joindre le visa d'exploitation du CNC, le générique et le relevé des musiques.",
		},
		{
			Key:           "festival-screener",
			Recipient:     "Festival (screener)",
			RecipientKind: db.RecipientKindFestival,
			Spec: Spec{
				Name:       "Screener festival HD",
				Container:  "MP4",
				VideoCodec: "H.264",
				Width:      1920, Height: 1080,
				FrameRates:        []string{"23.976", "24", "25"},
				Scan:              "PROGRESSIVE",
				ColourSpace:       "Rec.709",
				HDR:               "",
				AudioLayouts:      []string{"STEREO"},
				LoudnessTarget:    -23,
				LoudnessTolerance: 1,
				TruePeakMax:       -1,
				SubtitleFormats:   []string{"BURNED_IN", "SRT"},
				SubtitleLanguages: []string{"en"},
				RequiredDocuments: []string{"CREDITS"},
				NamingRule:        "{TITRE}_{ANNEE}_SCREENER_EN.mp4",
			},
			Notes: "Fichier de visionnage pour la sélection : MP4 H.264 1080p à la cadence native, Rec.709, stéréo à −23 LUFS ±1 LU, " +
				"sous-titres anglais incrustés ou en SRT à part. Souvent filigrané ; lien de téléchargement plutôt que support physique. " +
				"Vérifier le règlement du festival.",
		},
	}
}
