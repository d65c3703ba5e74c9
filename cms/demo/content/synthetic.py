"""Word lists for `generate_content`: titles, leads and names built from them
in every language. Pure data, no logic."""

WORDS = {
    "en": {
        "subjects": ["Partners", "Researchers", "Hospitals", "Start-ups", "Campuses"],
        "verbs": ["launch", "expand", "join forces on", "invest in", "open"],
        "objects": [
            "cell therapy platform",
            "gene therapy trial",
            "biomanufacturing hub",
            "training programme",
            "diagnostics network",
        ],
        "lead": "A new step for the life-sciences network in {place}.",
        "body": "The partners of the network announce {title} in {place}.",
        "event": "Network day on {topic}",
        "about": "{name} is a partner of the network.",
    },
    "fr": {
        "subjects": [
            "Les partenaires",
            "Les chercheurs",
            "Les hôpitaux",
            "Les jeunes pousses",
            "Les campus",
        ],
        "verbs": [
            "lancent",
            "étendent",
            "s'associent pour",
            "investissent dans",
            "ouvrent",
        ],
        "objects": [
            "une plateforme de thérapie cellulaire",
            "un essai de thérapie génique",
            "un pôle de bioproduction",
            "un programme de formation",
            "un réseau de diagnostic",
        ],
        "lead": "Une nouvelle étape pour le réseau des sciences de la vie à {place}.",
        "body": "Les partenaires du réseau annoncent : {title}, à {place}.",
        "event": "Journée du réseau : {topic}",
        "about": "{name} est partenaire du réseau.",
    },
    "nl": {
        "subjects": [
            "Partners",
            "Onderzoekers",
            "Ziekenhuizen",
            "Start-ups",
            "Campussen",
        ],
        "verbs": [
            "lanceren",
            "breiden uit",
            "bundelen krachten rond",
            "investeren in",
            "openen",
        ],
        "objects": [
            "een celtherapieplatform",
            "een gentherapiestudie",
            "een bioproductiehub",
            "een opleidingsprogramma",
            "een diagnostisch netwerk",
        ],
        "lead": "Een nieuwe stap voor het life-sciencesnetwerk in {place}.",
        "body": "De partners van het netwerk kondigen aan: {title}, in {place}.",
        "event": "Netwerkdag over {topic}",
        "about": "{name} is partner van het netwerk.",
    },
}
PLACES = ["Ghent", "Gosselies", "Leuven", "Liège", "Brussels", "Antwerp", "Namur"]
PARTNER_NAMES = ["Bio", "Gene", "Cell", "Cure", "Life", "Med", "Vita", "Onco"]
PARTNER_SUFFIXES = ["lab", "tech", "gen", "cure", "med", "sys"]
