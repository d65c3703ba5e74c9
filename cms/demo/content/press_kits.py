"""Press kits of the demo release and event: what each image shows, who made it,
and the licence it is given under, in three languages.

The pictures themselves are generated title cards (cms/demo/images.py); the
credits name who would hold the rights to such material in the network.
"""

PRESS_KITS = {
    "ebc-cespe-partnership": {
        "images": [
            {
                "title": "EBC and CESPE training floor",
                "text": "Training floor",
                "background": "#16425b",
                "foreground": "#f4f1de",
                "format": "JPEG",
                "credit": "EU Biotech Campus / communications team",
                "licence": "editorial",
                "caption": {
                    "en": "Trainees at work on the EU Biotech Campus training floor",
                    "fr": "Des apprenants au travail sur le plateau de formation "
                    "de l'EU Biotech Campus",
                    "nl": "Cursisten aan het werk op de opleidingsvloer van "
                    "EU Biotech Campus",
                },
            },
            {
                "title": "EBC and CESPE logos side by side",
                "text": "EBC + CESPE",
                "background": "#ffffff",
                "foreground": "#0f5e73",
                "format": "PNG",
                "credit": "Partner Newsroom design desk",
                "licence": "cc-by-4.0",
                "caption": {
                    "en": "The two partners' names, for use beside the story",
                    "fr": "Les noms des deux partenaires, à placer à côté de l'article",
                    "nl": "De namen van beide partners, om naast het artikel te "
                    "plaatsen",
                },
            },
        ],
        "document": {
            "title": "Fact sheet: the EBC and CESPE partnership",
            "lines": [
                "EU Biotech Campus and CESPE",
                "Strategic partnership: fact sheet",
                "Gosselies and Ghent, Belgium",
            ],
            "label": {
                "en": "Fact sheet on the partnership (PDF)",
                "fr": "Fiche d'information sur le partenariat (PDF)",
                "nl": "Factsheet over het partnerschap (pdf)",
            },
        },
    },
    "science-for-health-2019": {
        "images": [
            {
                "title": "Science for health auditorium",
                "text": "Science for health",
                "background": "#264653",
                "foreground": "#e9c46a",
                "format": "JPEG",
                "credit": "Science for health organising committee",
                "licence": "cc-by-nd-4.0",
                "caption": {
                    "en": "The auditorium ready for the first Science for health day",
                    "fr": "L'auditoire prêt pour la première journée Science "
                    "for health",
                    "nl": "Het auditorium klaar voor de eerste Science for health-dag",
                },
            },
        ],
        "document": None,
    },
}
