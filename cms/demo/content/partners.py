"""Demo content for the partner profiles: the shared topic taxonomy and the
partner organisations, in English, French and Dutch. Pure data, no logic.
"""

TOPICS = [
    {
        "slug": "cell-gene-therapy",
        "name": {
            "en": "Cell and gene therapy",
            "fr": "Thérapie cellulaire et génique",
            "nl": "Cel- en gentherapie",
        },
    },
    {
        "slug": "biomanufacturing",
        "name": {
            "en": "Biomanufacturing",
            "fr": "Bioproduction",
            "nl": "Bioproductie",
        },
    },
    {
        "slug": "skills-training",
        "name": {
            "en": "Skills and training",
            "fr": "Compétences et formation",
            "nl": "Vaardigheden en opleiding",
        },
    },
    {
        "slug": "digital-ai",
        "name": {
            "en": "Digital and AI",
            "fr": "Numérique et IA",
            "nl": "Digitaal en AI",
        },
    },
    {
        "slug": "clinical-research",
        "name": {
            "en": "Clinical research",
            "fr": "Recherche clinique",
            "nl": "Klinisch onderzoek",
        },
    },
    {
        "slug": "infectious-diseases",
        "name": {
            "en": "Infectious diseases",
            "fr": "Maladies infectieuses",
            "nl": "Infectieziekten",
        },
    },
    {
        "slug": "health-tech",
        "name": {
            "en": "Health technology",
            "fr": "Technologies de la santé",
            "nl": "Gezondheidstechnologie",
        },
    },
]

PARTNERS = [
    {
        "slug": "eu-biotech-campus",
        "slugs": {
            "fr": "eu-biotech-campus",
            "nl": "eu-biotech-campus",
        },
        "title": {
            "en": "EU Biotech Campus",
            "fr": "EU Biotech Campus",
            "nl": "EU Biotech Campus",
        },
        "acronym": "",
        "organisation_type": "training_centre",
        "region": "wallonia",
        "city": {
            "en": "Gosselies (Charleroi)",
            "fr": "Gosselies (Charleroi)",
            "nl": "Gosselies (Charleroi)",
        },
        "website": "https://biotechcampus.eu",
        "logo": {
            "text": "EBC",
            "background": "#0f5e73",
            "foreground": "#ffffff",
        },
        "focus_areas": [
            "skills-training",
            "biomanufacturing",
            "digital-ai",
            "health-tech",
        ],
        "boilerplate": {
            "en": (
                "<p>The <b>EU Biotech Campus</b> is a training centre at the Biopark "
                "in Gosselies (Charleroi), at the heart of Wallonia's Health Tech "
                "Valley. Due to open at the end of 2025, its 5,500 m² building will "
                "offer cutting-edge facilities and programmes that prepare talent for "
                "careers in biotech, biopharma and healthcare. Run by several "
                "operators, it pairs hands-on, immersive training with what companies "
                "and learners actually need.</p>"
            ),
            "fr": (
                "<p>L'<b>EU Biotech Campus</b> est un centre de formation situé au "
                "Biopark de Gosselies (Charleroi), au cœur de la Health Tech Valley "
                "wallonne. Attendu pour la fin 2025, son bâtiment de 5 500 m² "
                "proposera des équipements de pointe et des programmes qui préparent "
                "les talents aux métiers de la biotechnologie, de la biopharmacie et "
                "des soins de santé. Écosystème multi-opérateurs, il associe une "
                "formation pratique et immersive aux besoins concrets des entreprises "
                "et des apprenants.</p>"
            ),
            "nl": (
                "<p>De <b>EU Biotech Campus</b> is een opleidingscentrum op het "
                "Biopark in Gosselies (Charleroi), in het hart van de Waalse Health "
                "Tech Valley. Het gebouw van 5.500 m² opent eind 2025 en biedt dan "
                "geavanceerde infrastructuur en programma's die talent klaarstomen "
                "voor biotechnologie, biofarmacie en gezondheidszorg. Als ecosysteem "
                "met meerdere operatoren verbindt de campus praktijkgerichte, "
                "immersieve opleidingen met de concrete noden van bedrijven en "
                "cursisten.</p>"
            ),
        },
        "description": {
            "en": [
                (
                    "The EU Biotech Campus is a new training centre and business "
                    "accelerator for the biotech and health industry, where several "
                    "operators work under one roof. Its infrastructure and services "
                    "are open to students and jobseekers from Wallonia, Belgium, "
                    "Europe and beyond, and equally to researchers, young and growing "
                    "companies and multinationals."
                ),
                (
                    "Its teaching rests on three principles: learning by doing, "
                    "working with advanced technologies and bringing disciplines "
                    "together. Programmes cover bioproduction, digital transformation, "
                    "advanced therapies, soft skills and awareness of STEM careers."
                ),
                (
                    "The campus sits at the Biopark in Gosselies, a central and "
                    "accessible location within an established biotech cluster, close "
                    "to Brussels South Charleroi airport. Its 5,500 m² building is due "
                    "to open its doors at the end of 2025."
                ),
            ],
            "fr": [
                (
                    "L'EU Biotech Campus est un nouveau centre de formation et "
                    "accélérateur d'entreprises consacré à l'industrie des "
                    "biotechnologies et de la santé, où plusieurs opérateurs "
                    "travaillent sous un même toit. Étudiants, demandeurs d'emploi, "
                    "académiques, spin-offs, start-ups, scale-ups et multinationales, "
                    "de Wallonie, de Belgique, d'Europe et d'ailleurs, peuvent tous "
                    "profiter de ses infrastructures et de ses services."
                ),
                (
                    "Sa pédagogie repose sur trois principes : apprendre en "
                    "pratiquant, se familiariser avec les technologies de pointe et "
                    "faire dialoguer les disciplines. Les programmes couvrent la "
                    "bioproduction, la transformation numérique, les thérapies "
                    "innovantes, les compétences transversales et la sensibilisation "
                    "aux filières STEM."
                ),
                (
                    "Le campus est implanté au Biopark de Gosselies, un site central "
                    "et accessible au sein d'un pôle biotech déjà bien établi, à deux "
                    "pas de l'aéroport de Charleroi Bruxelles-Sud. Son bâtiment de "
                    "5 500 m² doit ouvrir ses portes fin 2025."
                ),
            ],
            "nl": [
                (
                    "De EU Biotech Campus is een nieuw opleidingscentrum en "
                    "bedrijfsversneller voor de biotech- en gezondheidssector, waar "
                    "verschillende operatoren onder één dak samenwerken. Studenten, "
                    "werkzoekenden, academici, spin-offs, start-ups, scale-ups en "
                    "multinationals uit Wallonië, België, Europa en daarbuiten kunnen "
                    "er gebruikmaken van de infrastructuur en de diensten."
                ),
                (
                    "De didactische aanpak steunt op drie principes: leren door te "
                    "doen, werken met geavanceerde technologie en uitwisseling tussen "
                    "disciplines. De programma's behandelen bioproductie, digitale "
                    "transformatie, geavanceerde therapieën, soft skills en "
                    "sensibilisering voor STEM."
                ),
                (
                    "De campus ligt op het Biopark in Gosselies, een centrale en vlot "
                    "bereikbare plek midden in een bestaande biotechcluster, vlak bij "
                    "de luchthaven Brussels South Charleroi. Het gebouw van 5.500 m² "
                    "gaat eind 2025 open."
                ),
            ],
        },
        "key_facts": [
            {
                "value": {
                    "en": "5,500 m²",
                    "fr": "5 500 m²",
                    "nl": "5.500 m²",
                },
                "label": {
                    "en": "Training centre at the Biopark in Gosselies",
                    "fr": "Centre de formation au Biopark de Gosselies",
                    "nl": "Opleidingscentrum op het Biopark in Gosselies",
                },
            },
            {
                "value": {
                    "en": "End 2025",
                    "fr": "Fin 2025",
                    "nl": "Eind 2025",
                },
                "label": {
                    "en": "Scheduled opening",
                    "fr": "Ouverture prévue",
                    "nl": "Geplande opening",
                },
            },
            {
                "value": {
                    "en": "2,400",
                    "fr": "2 400",
                    "nl": "2.400",
                },
                "label": {
                    "en": "Direct jobs expected in Wallonia within three years",
                    "fr": "Emplois directs attendus en Wallonie d'ici trois ans",
                    "nl": "Directe banen verwacht in Wallonië binnen drie jaar",
                },
            },
            {
                "value": "4",
                "label": {
                    "en": "Pillars of the training offer",
                    "fr": "Piliers de l'offre de formation",
                    "nl": "Pijlers van het opleidingsaanbod",
                },
            },
        ],
        "contacts": [],
        "social_links": [],
    },
    {
        "slug": "cespe",
        "slugs": {
            "fr": "cespe",
            "nl": "cespe",
        },
        "title": {
            "en": (
                "Centre of Excellence for Sustainable Pharmaceutical Engineering and "
                "Manufacturing"
            ),
            "fr": (
                "Centre of Excellence for Sustainable Pharmaceutical Engineering and "
                "Manufacturing"
            ),
            "nl": (
                "Centre of Excellence for Sustainable Pharmaceutical Engineering and "
                "Manufacturing"
            ),
        },
        "acronym": "CESPE",
        "organisation_type": "research_institute",
        "region": "flanders",
        "city": {
            "en": "Ghent",
            "fr": "Gand",
            "nl": "Gent",
        },
        "website": "https://cespe.be",
        "logo": {
            "text": "CESPE",
            "background": "#1f4e79",
            "foreground": "#ffffff",
        },
        "focus_areas": [
            "biomanufacturing",
            "skills-training",
        ],
        "boilerplate": {
            "en": (
                "<p><b>CESPE</b>, the Centre of Excellence for Sustainable "
                "Pharmaceutical Engineering and Manufacturing at Ghent University, "
                "develops innovative, sustainable and flexible production processes "
                "for tomorrow's medicines, working across disciplines with academic "
                "and industrial partners. Through the <b>CESPE Academy</b>, it offers "
                "basic and specialised training to people working in pharma and "
                "biopharma. Late in 2025, CESPE relocates to <i>The Nucleus</i>, Tech "
                "Lane Ghent Science Park's new flagship building.</p>"
            ),
            "fr": (
                "<p>Le <b>CESPE</b> (Centre of Excellence for Sustainable "
                "Pharmaceutical Engineering and Manufacturing) de l'Université de Gand "
                "met au point des procédés de production innovants, durables et "
                "flexibles pour les médicaments de demain, dans une approche "
                "pluridisciplinaire menée avec des partenaires académiques et "
                "industriels. Sa <b>CESPE Academy</b> propose des formations de base "
                "et spécialisées aux professionnels des secteurs pharmaceutique et "
                "biopharmaceutique. Fin 2025, le CESPE s'installera dans <i>The "
                "Nucleus</i>, le nouveau bâtiment phare du Tech Lane Ghent Science "
                "Park.</p>"
            ),
            "nl": (
                "<p><b>CESPE</b>, het Centre of Excellence for Sustainable "
                "Pharmaceutical Engineering and Manufacturing van de Universiteit "
                "Gent, ontwikkelt innovatieve, duurzame en flexibele "
                "productieprocessen voor de geneesmiddelen van morgen, in "
                "multidisciplinaire samenwerking met academische en industriële "
                "partners. Via de <b>CESPE Academy</b> biedt het basis- en "
                "gespecialiseerde opleidingen aan professionals uit de farmaceutische "
                "en biofarmaceutische sector. Eind 2025 verhuist CESPE naar <i>The "
                "Nucleus</i>, het nieuwe vlaggenschipgebouw van Tech Lane Ghent "
                "Science Park.</p>"
            ),
        },
        "description": {
            "en": [
                (
                    "CESPE is the Ghent University platform dedicated to the "
                    "production of tomorrow's medicines. By combining expertise from "
                    "several disciplines with partners from both academia and "
                    "industry, it develops manufacturing processes that are "
                    "innovative, sustainable and flexible."
                ),
                (
                    "Talent development is central to its mission. Drawing on the "
                    "varied academic and industrial backgrounds of its members, CESPE "
                    "created the CESPE Academy, which runs a broad range of "
                    "introductory and specialised courses for professionals in pharma "
                    "and biopharma."
                ),
                (
                    "At the end of 2025, CESPE will relocate to The Nucleus, Tech Lane "
                    "Ghent Science Park's new flagship building. The move brings it "
                    "close to leading research institutes and international companies, "
                    "with more room for collaboration, innovation and training."
                ),
            ],
            "fr": [
                (
                    "Le CESPE est la plateforme de l'Université de Gand consacrée à la "
                    "production des médicaments de demain. En réunissant des "
                    "compétences issues de plusieurs disciplines et des partenaires du "
                    "monde académique comme de l'industrie, il conçoit des procédés de "
                    "fabrication innovants, durables et flexibles."
                ),
                (
                    "Le développement des talents est au cœur de sa mission. "
                    "S'appuyant sur les profils académiques et industriels variés de "
                    "ses membres, le CESPE a créé la CESPE Academy, qui propose un "
                    "large éventail de formations, d'initiation comme de "
                    "spécialisation, aux professionnels de la pharma et de la "
                    "biopharma."
                ),
                (
                    "Fin 2025, le CESPE emménagera dans The Nucleus, le nouveau "
                    "bâtiment phare du Tech Lane Ghent Science Park. Ce déménagement "
                    "le rapprochera d'instituts de recherche de premier plan et "
                    "d'entreprises internationales, et lui laissera davantage de place "
                    "pour la collaboration, l'innovation et la formation."
                ),
            ],
            "nl": [
                (
                    "CESPE is het platform van de Universiteit Gent dat zich toelegt "
                    "op de productie van de geneesmiddelen van morgen. Door expertise "
                    "uit verschillende disciplines te bundelen met partners uit de "
                    "academische wereld en de industrie, ontwikkelt het innovatieve, "
                    "duurzame en flexibele productieprocessen."
                ),
                (
                    "Talentontwikkeling staat centraal in die opdracht. Steunend op de "
                    "gevarieerde academische en industriële achtergrond van zijn leden "
                    "richtte CESPE de CESPE Academy op, met een ruim aanbod aan basis- "
                    "en gespecialiseerde opleidingen voor professionals uit farma en "
                    "biofarma."
                ),
                (
                    "Eind 2025 verhuist CESPE naar The Nucleus, het nieuwe "
                    "vlaggenschipgebouw van Tech Lane Ghent Science Park. Zo komt het "
                    "dicht bij toonaangevende onderzoeksinstellingen en internationale "
                    "bedrijven te zitten, met meer ruimte voor samenwerking, innovatie "
                    "en opleiding."
                ),
            ],
        },
        "key_facts": [
            {
                "value": {
                    "en": "End 2025",
                    "fr": "Fin 2025",
                    "nl": "Eind 2025",
                },
                "label": {
                    "en": "Move to The Nucleus, Tech Lane Ghent Science Park",
                    "fr": "Installation dans The Nucleus, Tech Lane Ghent Science Park",
                    "nl": "Verhuis naar The Nucleus, Tech Lane Ghent Science Park",
                },
            },
            {
                "value": "CESPE Academy",
                "label": {
                    "en": (
                        "Basic and specialised training for (bio)pharma professionals"
                    ),
                    "fr": (
                        "Formations de base et spécialisées pour les professionnels de "
                        "la (bio)pharma"
                    ),
                    "nl": (
                        "Basis- en gespecialiseerde opleidingen voor professionals uit "
                        "de (bio)farma"
                    ),
                },
            },
        ],
        "contacts": [],
        "social_links": [],
    },
    {
        "slug": "ghent-university",
        "slugs": {
            "fr": "universite-de-gand",
            "nl": "universiteit-gent",
        },
        "title": {
            "en": "Ghent University",
            "fr": "Université de Gand",
            "nl": "Universiteit Gent",
        },
        "acronym": "UGent",
        "organisation_type": "university",
        "region": "flanders",
        "city": {
            "en": "Ghent",
            "fr": "Gand",
            "nl": "Gent",
        },
        "website": "https://www.ugent.be",
        "logo": {
            "text": "UGent",
            "background": "#1e64c8",
            "foreground": "#ffffff",
        },
        "focus_areas": [
            "cell-gene-therapy",
            "biomanufacturing",
        ],
        "boilerplate": {
            "en": (
                "<p><b>Ghent University</b> (UGent) is one of Belgium's largest "
                "academic institutions and ranks among the world's top 100 "
                "universities. It is known for high-level collaborations in science, "
                "education and industry. With the help of UGent TechTransfer and "
                "platforms like CESPE, it helps researchers turn science into value "
                "and bring innovation to market.</p>"
            ),
            "fr": (
                "<p>L'<b>Université de Gand</b> (UGent) compte parmi les plus grandes "
                "institutions académiques de Belgique et figure dans le top 100 des "
                "universités mondiales. Elle est reconnue pour la qualité de ses "
                "collaborations scientifiques, pédagogiques et industrielles. Grâce à "
                "UGent TechTransfer et à des plateformes comme le CESPE, elle aide ses "
                "chercheurs à valoriser leurs travaux et à transférer l'innovation "
                "vers le marché.</p>"
            ),
            "nl": (
                "<p>De <b>Universiteit Gent</b> (UGent) is een van de grootste "
                "academische instellingen van België en behoort tot de top 100 van "
                "universiteiten wereldwijd. Ze staat bekend om haar hoogstaande "
                "samenwerkingen op het vlak van wetenschap, onderwijs en industrie. "
                "Via UGent TechTransfer en platformen zoals CESPE helpt ze "
                "onderzoekers om wetenschap te valoriseren en innovatie naar de markt "
                "te brengen.</p>"
            ),
        },
        "description": {
            "en": [
                (
                    "Ghent University, one of Belgium's biggest universities, is "
                    "listed among the top 100 in the world. It has a strong reputation "
                    "for collaboration in research, in teaching and with industry."
                ),
                (
                    "UGent TechTransfer and dedicated platforms such as CESPE support "
                    "its researchers in valorising their results and taking their "
                    "innovations to market. Belgium's skill at turning fundamental "
                    "research from universities such as UGent into companies is one "
                    "reason the country is seen as a hub for cell therapy."
                ),
                (
                    "Ghent University was one of the founding partners of Science for "
                    "health, the research event launched in 2019 to bring academia, "
                    "industry and the clinic closer together."
                ),
            ],
            "fr": [
                (
                    "L'Université de Gand est l'une des plus grandes institutions "
                    "académiques de Belgique et se classe parmi les 100 meilleures "
                    "universités du monde. Elle jouit d'une solide réputation pour ses "
                    "collaborations en recherche, en enseignement et avec l'industrie."
                ),
                (
                    "UGent TechTransfer et des plateformes spécialisées comme le CESPE "
                    "aident ses chercheurs à valoriser leurs résultats et à porter "
                    "leurs innovations jusqu'au marché. La capacité de la Belgique à "
                    "transformer la recherche fondamentale d'universités comme l'UGent "
                    "en entreprises explique en partie pourquoi le pays est considéré "
                    "comme un pôle de la thérapie cellulaire."
                ),
                (
                    "L'Université de Gand a été l'un des partenaires fondateurs de "
                    "Science for health, l'événement de recherche lancé en 2019 pour "
                    "rapprocher le monde académique, l'industrie et la clinique."
                ),
            ],
            "nl": [
                (
                    "De Universiteit Gent is een van de grootste academische "
                    "instellingen van België en staat in de top 100 van universiteiten "
                    "wereldwijd. Ze heeft een sterke reputatie op het vlak van "
                    "samenwerking in onderzoek, in onderwijs en met de industrie."
                ),
                (
                    "UGent TechTransfer en gespecialiseerde platformen zoals CESPE "
                    "helpen onderzoekers om hun resultaten te valoriseren en hun "
                    "innovaties tot op de markt te brengen. Dat België fundamenteel "
                    "onderzoek van universiteiten als de UGent zo vlot omzet in "
                    "bedrijven, is een van de redenen waarom het land als een "
                    "draaischijf voor celtherapie geldt."
                ),
                (
                    "De Universiteit Gent was een van de stichtende partners van "
                    "Science for health, het onderzoeksevenement dat in 2019 werd "
                    "gelanceerd om de academische wereld, de industrie en de kliniek "
                    "dichter bij elkaar te brengen."
                ),
            ],
        },
        "key_facts": [
            {
                "value": "Top 100",
                "label": {
                    "en": "Among the world's universities",
                    "fr": "Parmi les universités du monde",
                    "nl": "Van de universiteiten wereldwijd",
                },
            },
            {
                "value": "1817",
                "label": {
                    "en": "Year founded",
                    "fr": "Année de fondation",
                    "nl": "Opgericht in",
                },
            },
        ],
        "contacts": [],
        "social_links": [
            [
                "linkedin",
                "https://www.linkedin.com/school/ghent-university/",
            ],
        ],
    },
    {
        "slug": "ku-leuven",
        "slugs": {
            "fr": "ku-leuven",
            "nl": "ku-leuven",
        },
        "title": {
            "en": "KU Leuven",
            "fr": "KU Leuven",
            "nl": "KU Leuven",
        },
        "acronym": "",
        "organisation_type": "university",
        "region": "flanders",
        "city": {
            "en": "Leuven",
            "fr": "Louvain",
            "nl": "Leuven",
        },
        "website": "https://www.kuleuven.be",
        "logo": {
            "text": "KUL",
            "background": "#00407a",
            "foreground": "#ffffff",
        },
        "focus_areas": [
            "clinical-research",
            "cell-gene-therapy",
            "infectious-diseases",
        ],
        "boilerplate": {
            "en": (
                "<p><b>KU Leuven</b> is a university based in Leuven. Its Biomedical "
                "Sciences Group brings together thousands of researchers who play a "
                "prominent role in basic and applied research, in Belgium and abroad. "
                "With UZ Leuven, the group anchors the Health Sciences campus "
                "Gasthuisberg, also home to the university's Rega Institute for "
                "Medical Research.</p>"
            ),
            "fr": (
                "<p>La <b>KU Leuven</b> est une université établie à Louvain. Son "
                "Groupe des sciences biomédicales réunit des milliers de chercheurs "
                "qui jouent un rôle de premier plan en recherche fondamentale et "
                "appliquée, en Belgique comme à l'étranger. Avec l'UZ Leuven, ce "
                "groupe est l'un des piliers du campus des sciences de la santé de "
                "Gasthuisberg, où se trouve aussi l'Institut Rega de recherche "
                "médicale de l'université.</p>"
            ),
            "nl": (
                "<p><b>KU Leuven</b> is een universiteit in Leuven. Haar Groep "
                "Biomedische Wetenschappen telt duizenden onderzoekers die nationaal "
                "en internationaal een vooraanstaande rol spelen in fundamenteel en "
                "toegepast onderzoek. Samen met UZ Leuven vormt de groep het hart van "
                "de campus Gezondheidswetenschappen Gasthuisberg, waar ook het Rega "
                "Instituut voor Medisch Onderzoek van de universiteit gevestigd "
                "is.</p>"
            ),
        },
        "description": {
            "en": [
                (
                    "KU Leuven, founded in 1425, is based in the university city of "
                    "Leuven. In the health sciences, its Biomedical Sciences Group "
                    "gathers thousands of researchers active in both basic and applied "
                    "research, nationally and internationally."
                ),
                (
                    "The group works hand in hand with UZ Leuven on the 75-hectare "
                    "Health Sciences campus Gasthuisberg, where hospital and "
                    "laboratories sit side by side and clinical practice and research "
                    "constantly feed each other. The Rega Institute for Medical "
                    "Research, part of KU Leuven, and VIB are also on the campus."
                ),
                (
                    "KU Leuven was a founding partner of Science for health, the "
                    "Belgian research event launched in 2019. Its spin-outs are part "
                    "of the reason Belgium is recognised as a hub for cell therapy."
                ),
            ],
            "fr": [
                (
                    "Fondée en 1425, la KU Leuven est établie dans la ville "
                    "universitaire de Louvain. Dans le domaine des sciences de la "
                    "santé, son Groupe des sciences biomédicales rassemble des "
                    "milliers de chercheurs actifs en recherche fondamentale comme "
                    "appliquée, en Belgique et à l'international."
                ),
                (
                    "Le groupe travaille main dans la main avec l'UZ Leuven sur le "
                    "campus des sciences de la santé de Gasthuisberg, un site de 75 "
                    "hectares où l'hôpital et les laboratoires se côtoient et où la "
                    "pratique clinique et la recherche se nourrissent en permanence. "
                    "L'Institut Rega de recherche médicale, qui fait partie de la KU "
                    "Leuven, et le VIB sont également présents sur le campus."
                ),
                (
                    "La KU Leuven a été l'un des partenaires fondateurs de Science for "
                    "health, l'événement de recherche belge lancé en 2019. Ses "
                    "spin-offs contribuent à faire de la Belgique un pôle reconnu de "
                    "la thérapie cellulaire."
                ),
            ],
            "nl": [
                (
                    "KU Leuven werd opgericht in 1425 en is gevestigd in de "
                    "universiteitsstad Leuven. Binnen de gezondheidswetenschappen "
                    "brengt de Groep Biomedische Wetenschappen duizenden onderzoekers "
                    "samen die nationaal en internationaal actief zijn in fundamenteel "
                    "en toegepast onderzoek."
                ),
                (
                    "De groep werkt nauw samen met UZ Leuven op de campus "
                    "Gezondheidswetenschappen Gasthuisberg, een domein van 75 hectare "
                    "waar ziekenhuis en labo's naast elkaar liggen en kliniek en "
                    "onderzoek elkaar voortdurend voeden. Ook het Rega Instituut voor "
                    "Medisch Onderzoek, dat deel uitmaakt van KU Leuven, en VIB zijn "
                    "er aanwezig."
                ),
                (
                    "KU Leuven was een van de stichtende partners van Science for "
                    "health, het Belgische onderzoeksevenement dat in 2019 van start "
                    "ging. Haar spin-offs dragen ertoe bij dat België als draaischijf "
                    "voor celtherapie wordt erkend."
                ),
            ],
        },
        "key_facts": [
            {
                "value": "1425",
                "label": {
                    "en": "Year founded",
                    "fr": "Année de fondation",
                    "nl": "Opgericht in",
                },
            },
            {
                "value": "75 ha",
                "label": {
                    "en": "Health Sciences campus Gasthuisberg, shared with UZ Leuven",
                    "fr": (
                        "Campus des sciences de la santé de Gasthuisberg, partagé avec "
                        "l'UZ Leuven"
                    ),
                    "nl": (
                        "Campus Gezondheidswetenschappen Gasthuisberg, gedeeld met UZ "
                        "Leuven"
                    ),
                },
            },
        ],
        "contacts": [],
        "social_links": [
            [
                "linkedin",
                "https://www.linkedin.com/school/ku-leuven/",
            ],
        ],
    },
    {
        "slug": "uz-leuven",
        "slugs": {
            "fr": "uz-leuven",
            "nl": "uz-leuven",
        },
        "title": {
            "en": "University Hospitals Leuven",
            "fr": "Hôpitaux universitaires de Louvain",
            "nl": "Universitaire Ziekenhuizen Leuven",
        },
        "acronym": "UZ Leuven",
        "organisation_type": "university_hospital",
        "region": "flanders",
        "city": {
            "en": "Leuven",
            "fr": "Louvain",
            "nl": "Leuven",
        },
        "website": "https://www.uzleuven.be",
        "logo": {
            "text": "UZL",
            "background": "#0b6e99",
            "foreground": "#ffffff",
        },
        "focus_areas": [
            "clinical-research",
        ],
        "boilerplate": {
            "en": (
                "<p><b>UZ Leuven</b> is a university hospital offering highly "
                "specialised care. Its workforce of nearly 10,000 makes it the largest "
                "in Belgium, and it leads the way in many fields. Alongside patient "
                "care and training, academic research is one of its core tasks: its "
                "close ties with KU Leuven and its location on the Health Sciences "
                "campus Gasthuisberg make it world class in many medical and "
                "biomedical research disciplines.</p>"
            ),
            "fr": (
                "<p>L'<b>UZ Leuven</b> est un hôpital universitaire hautement "
                "spécialisé. Avec près de 10 000 collaborateurs, c'est le plus grand "
                "de Belgique et une référence dans de nombreux domaines. Outre les "
                "soins aux patients et la formation, la recherche académique fait "
                "partie de ses missions essentielles : ses liens étroits avec la KU "
                "Leuven et sa situation sur le campus des sciences de la santé de "
                "Gasthuisberg le placent au meilleur niveau mondial dans de nombreuses "
                "disciplines de la recherche médicale et biomédicale.</p>"
            ),
            "nl": (
                "<p><b>UZ Leuven</b> is een hooggespecialiseerd universitair "
                "ziekenhuis. Met bijna 10.000 medewerkers is het het grootste van "
                "België en in veel domeinen toonaangevend. Naast patiëntenzorg en "
                "opleiding is academisch onderzoek een kernopdracht: dankzij de nauwe "
                "band met KU Leuven en de ligging op de campus "
                "Gezondheidswetenschappen Gasthuisberg behoort UZ Leuven in heel wat "
                "medische en biomedische onderzoeksdisciplines tot de wereldtop.</p>"
            ),
        },
        "description": {
            "en": [
                (
                    "UZ Leuven provides highly specialised hospital care. Employing "
                    "nearly 10,000 people, it is Belgium's largest university hospital "
                    "and a reference in many medical fields."
                ),
                (
                    "Patient care, training and academic research are its three core "
                    "tasks. The hospital's close bond with KU Leuven and its place on "
                    "the Health Sciences campus Gasthuisberg put it among the world's "
                    "best in many medical and biomedical research disciplines."
                ),
                (
                    "For researchers on the campus, the hospital is a source of "
                    "inspiration, of blood and tissue samples and of benchmarks. For "
                    "its doctors, the nearby laboratories offer sound scientific "
                    "support in the search for the best treatment for each patient."
                ),
            ],
            "fr": [
                (
                    "L'UZ Leuven est un hôpital universitaire hautement spécialisé. "
                    "Avec près de 10 000 collaborateurs, c'est le plus grand hôpital "
                    "universitaire de Belgique et une référence dans de nombreuses "
                    "disciplines médicales."
                ),
                (
                    "Les soins aux patients, la formation et la recherche académique "
                    "constituent ses trois missions essentielles. Ses liens étroits "
                    "avec la KU Leuven et sa place sur le campus des sciences de la "
                    "santé de Gasthuisberg le hissent parmi les meilleurs au monde "
                    "dans de nombreuses disciplines de la recherche médicale et "
                    "biomédicale."
                ),
                (
                    "Pour les chercheurs du campus, l'hôpital est une source "
                    "d'inspiration, d'échantillons de sang et de tissus et de points "
                    "de comparaison. Pour ses médecins, la proximité des laboratoires "
                    "offre un appui scientifique solide dans la recherche du meilleur "
                    "traitement pour chaque patient."
                ),
            ],
            "nl": [
                (
                    "UZ Leuven is een hooggespecialiseerd universitair ziekenhuis. Met "
                    "bijna 10.000 medewerkers is het het grootste universitaire "
                    "ziekenhuis van België en in veel medische domeinen een "
                    "referentie."
                ),
                (
                    "Patiëntenzorg, opleiding en academisch onderzoek zijn de drie "
                    "kernopdrachten. De nauwe band met KU Leuven en de ligging op de "
                    "campus Gezondheidswetenschappen Gasthuisberg maken dat het "
                    "ziekenhuis in heel wat medische en biomedische "
                    "onderzoeksdisciplines tot de wereldtop behoort."
                ),
                (
                    "Voor de onderzoekers op de campus is het ziekenhuis een bron van "
                    "inspiratie, van bloed- en weefselstalen en van "
                    "referentiegegevens. Voor de artsen bieden de nabije labo's "
                    "onderbouwde wetenschappelijke steun bij de zoektocht naar de "
                    "beste behandeling voor elke patiënt."
                ),
            ],
        },
        "key_facts": [
            {
                "value": {
                    "en": "Nearly 10,000",
                    "fr": "Près de 10 000",
                    "nl": "Bijna 10.000",
                },
                "label": {
                    "en": "Employees",
                    "fr": "Collaborateurs",
                    "nl": "Medewerkers",
                },
            },
            {
                "value": {
                    "en": "No. 1",
                    "fr": "N° 1",
                    "nl": "Nr. 1",
                },
                "label": {
                    "en": "Largest university hospital in Belgium",
                    "fr": "Plus grand hôpital universitaire de Belgique",
                    "nl": "Grootste universitaire ziekenhuis van België",
                },
            },
            {
                "value": "75 ha",
                "label": {
                    "en": "Health Sciences campus Gasthuisberg",
                    "fr": "Campus des sciences de la santé de Gasthuisberg",
                    "nl": "Campus Gezondheids\u00adwetenschappen Gasthuisberg",
                },
            },
        ],
        "contacts": [],
        "social_links": [],
    },
    {
        "slug": "vib",
        "slugs": {
            "fr": "vib",
            "nl": "vib",
        },
        "title": {
            "en": "Flanders Institute for Biotechnology",
            "fr": "Institut flamand de biotechnologie",
            "nl": "Vlaams Instituut voor Biotechnologie",
        },
        "acronym": "VIB",
        "organisation_type": "research_institute",
        "region": "flanders",
        "city": {
            "en": "Ghent",
            "fr": "Gand",
            "nl": "Gent",
        },
        "website": "https://vib.be",
        "logo": {
            "text": "VIB",
            "background": "#3d7a3a",
            "foreground": "#ffffff",
        },
        "focus_areas": [
            "cell-gene-therapy",
        ],
        "boilerplate": {
            "en": (
                "<p><b>VIB</b>, the Flanders Institute for Biotechnology, is a "
                "life-sciences research institute headquartered in Ghent. Dedicated "
                "centres such as VIB are one reason Belgium is so good at turning "
                "fundamental science into companies that create value for industry and "
                "patients. VIB was a founding partner of the Science for health "
                "research event.</p>"
            ),
            "fr": (
                "<p>Le <b>VIB</b> (Vlaams Instituut voor Biotechnologie) est un "
                "institut de recherche en sciences de la vie dont le siège se trouve à "
                "Gand. Des centres spécialisés comme le VIB expliquent en partie "
                "pourquoi la Belgique excelle à transformer la science fondamentale en "
                "entreprises qui créent de la valeur pour l'industrie et pour les "
                "patients. Le VIB a été l'un des partenaires fondateurs de l'événement "
                "de recherche Science for health.</p>"
            ),
            "nl": (
                "<p><b>VIB</b>, het Vlaams Instituut voor Biotechnologie, is een "
                "onderzoeksinstituut voor de levenswetenschappen met hoofdzetel in "
                "Gent. Gespecialiseerde centra zoals VIB verklaren mee waarom België "
                "zo sterk is in het omzetten van fundamentele wetenschap in bedrijven "
                "die waarde creëren voor de industrie en voor patiënten. VIB was een "
                "van de stichtende partners van het onderzoeksevenement Science for "
                "health.</p>"
            ),
        },
        "description": {
            "en": [
                (
                    "VIB, the Flanders Institute for Biotechnology, is a life-sciences "
                    "research institute headquartered in Ghent. Founded in 1995, it "
                    "carries out its research in close partnership with Flemish "
                    "universities."
                ),
                (
                    "VIB is one of the dedicated centres that help Belgium turn "
                    "fundamental research into new companies, a strength that has made "
                    "the country an internationally recognised hub for cell therapy."
                ),
                (
                    "VIB is also present on the Health Sciences campus Gasthuisberg in "
                    "Leuven, and the institute was a founding partner of Science for "
                    "health, launched in 2019."
                ),
            ],
            "fr": [
                (
                    "Le VIB, l'Institut flamand de biotechnologie, est un institut de "
                    "recherche en sciences de la vie dont le siège est à Gand. Fondé "
                    "en 1995, il mène ses recherches en étroit partenariat avec les "
                    "universités flamandes."
                ),
                (
                    "Le VIB fait partie des centres spécialisés qui aident la Belgique "
                    "à transformer la recherche fondamentale en nouvelles entreprises, "
                    "un atout qui a fait du pays un pôle de la thérapie cellulaire "
                    "reconnu sur la scène internationale."
                ),
                (
                    "Le VIB est également présent sur le campus des sciences de la "
                    "santé de Gasthuisberg, à Louvain, et l'institut a été l'un des "
                    "partenaires fondateurs de Science for health, lancé en 2019."
                ),
            ],
            "nl": [
                (
                    "VIB, het Vlaams Instituut voor Biotechnologie, is een "
                    "onderzoeksinstituut voor de levenswetenschappen met hoofdzetel in "
                    "Gent. Het werd opgericht in 1995 en voert zijn onderzoek uit in "
                    "nauwe samenwerking met de Vlaamse universiteiten."
                ),
                (
                    "VIB is een van de gespecialiseerde centra die België helpen om "
                    "fundamenteel onderzoek om te zetten in nieuwe bedrijven, een "
                    "troef die van ons land een internationaal erkende draaischijf "
                    "voor celtherapie heeft gemaakt."
                ),
                (
                    "VIB is ook aanwezig op de campus Gezondheidswetenschappen "
                    "Gasthuisberg in Leuven, en het instituut was een van de "
                    "stichtende partners van Science for health, dat in 2019 van start "
                    "ging."
                ),
            ],
        },
        "key_facts": [
            {
                "value": "1995",
                "label": {
                    "en": "Year founded",
                    "fr": "Année de fondation",
                    "nl": "Opgericht in",
                },
            },
            {
                "value": {
                    "en": "Ghent",
                    "fr": "Gand",
                    "nl": "Gent",
                },
                "label": {
                    "en": "Headquarters",
                    "fr": "Siège",
                    "nl": "Hoofdzetel",
                },
            },
        ],
        "contacts": [],
        "social_links": [],
    },
    {
        "slug": "imec",
        "slugs": {
            "fr": "imec",
            "nl": "imec",
        },
        "title": {
            "en": "imec",
            "fr": "imec",
            "nl": "imec",
        },
        "acronym": "",
        "organisation_type": "research_institute",
        "region": "flanders",
        "city": {
            "en": "Leuven",
            "fr": "Louvain",
            "nl": "Leuven",
        },
        "website": "https://www.imec-int.com",
        "logo": {
            "text": "imec",
            "background": "#b0126f",
            "foreground": "#ffffff",
        },
        "focus_areas": [
            "health-tech",
            "digital-ai",
            "cell-gene-therapy",
        ],
        "boilerplate": {
            "en": (
                "<p><b>imec</b> is a research and innovation hub in nanoelectronics "
                "and digital technologies, headquartered in Leuven. Alongside centres "
                "such as VIB, it helps Belgium turn fundamental science into new "
                "companies and value for patients. imec was one of the founding "
                "partners of the Science for health research event.</p>"
            ),
            "fr": (
                "<p><b>imec</b> est un centre de recherche et d'innovation en "
                "nanoélectronique et en technologies numériques, dont le siège se "
                "trouve à Louvain. Aux côtés de centres comme le VIB, il aide la "
                "Belgique à transformer la science fondamentale en nouvelles "
                "entreprises et en valeur pour les patients. imec a été l'un des "
                "partenaires fondateurs de l'événement de recherche Science for "
                "health.</p>"
            ),
            "nl": (
                "<p><b>imec</b> is een onderzoeks- en innovatiecentrum voor "
                "nano-elektronica en digitale technologie, met hoofdzetel in Leuven. "
                "Samen met centra zoals VIB helpt imec België om fundamentele "
                "wetenschap om te zetten in nieuwe bedrijven en in waarde voor "
                "patiënten. imec was een van de stichtende partners van het "
                "onderzoeksevenement Science for health.</p>"
            ),
        },
        "description": {
            "en": [
                (
                    "imec, founded in 1984 and headquartered in Leuven, is a research "
                    "and innovation centre specialising in nanoelectronics and digital "
                    "technologies."
                ),
                (
                    "Together with VIB, imec is one of the dedicated centres behind "
                    "Belgium's strength in valorising research, which helps explain "
                    "the country's standing as a hub for cell therapy."
                ),
                (
                    "imec was a founding partner of Science for health, the research "
                    "event launched in 2019 to bring academia, industry and the clinic "
                    "together."
                ),
            ],
            "fr": [
                (
                    "Fondé en 1984 et établi à Louvain, imec est un centre de "
                    "recherche et d'innovation spécialisé en nanoélectronique et en "
                    "technologies numériques."
                ),
                (
                    "Avec le VIB, imec compte parmi les centres spécialisés qui font "
                    "la force de la Belgique en matière de valorisation de la "
                    "recherche, ce qui explique en partie la place du pays comme pôle "
                    "de la thérapie cellulaire."
                ),
                (
                    "imec a été l'un des partenaires fondateurs de Science for health, "
                    "l'événement de recherche lancé en 2019 pour réunir le monde "
                    "académique, l'industrie et la clinique."
                ),
            ],
            "nl": [
                (
                    "imec werd opgericht in 1984, heeft zijn hoofdzetel in Leuven en "
                    "is een onderzoeks- en innovatiecentrum gespecialiseerd in "
                    "nano-elektronica en digitale technologie."
                ),
                (
                    "Samen met VIB is imec een van de gespecialiseerde centra achter "
                    "de Belgische sterkte in het valoriseren van onderzoek, wat mee "
                    "verklaart waarom ons land als draaischijf voor celtherapie geldt."
                ),
                (
                    "imec was een van de stichtende partners van Science for health, "
                    "het onderzoeksevenement dat in 2019 werd gelanceerd om de "
                    "academische wereld, de industrie en de kliniek samen te brengen."
                ),
            ],
        },
        "key_facts": [
            {
                "value": "1984",
                "label": {
                    "en": "Year founded",
                    "fr": "Année de fondation",
                    "nl": "Opgericht in",
                },
            },
            {
                "value": {
                    "en": "Leuven",
                    "fr": "Louvain",
                    "nl": "Leuven",
                },
                "label": {
                    "en": "Headquarters",
                    "fr": "Siège",
                    "nl": "Hoofdzetel",
                },
            },
        ],
        "contacts": [],
        "social_links": [
            [
                "linkedin",
                "https://www.linkedin.com/company/imec/",
            ],
        ],
    },
    {
        "slug": "janssen-pharmaceutica",
        "slugs": {
            "fr": "janssen-pharmaceutica",
            "nl": "janssen-pharmaceutica",
        },
        "title": {
            "en": "Janssen Pharmaceutica",
            "fr": "Janssen Pharmaceutica",
            "nl": "Janssen Pharmaceutica",
        },
        "acronym": "",
        "organisation_type": "company",
        "region": "flanders",
        "city": {
            "en": "Beerse",
            "fr": "Beerse",
            "nl": "Beerse",
        },
        "website": "https://www.janssen.com/belgium",
        "logo": {
            "text": "JP",
            "background": "#a6192e",
            "foreground": "#ffffff",
        },
        "focus_areas": [
            "cell-gene-therapy",
            "clinical-research",
        ],
        "boilerplate": {
            "en": (
                "<p><b>Janssen Pharmaceutica</b> is a pharmaceutical company based in "
                "Beerse and part of Johnson &amp; Johnson. In Beerse it runs JLABS "
                "(formerly JLINX), an incubator that helps young companies accelerate "
                "innovation. Janssen Pharmaceutica was a founding partner of the "
                "Science for health research event.</p>"
            ),
            "fr": (
                "<p><b>Janssen Pharmaceutica</b> est une entreprise pharmaceutique "
                "établie à Beerse, qui fait partie de Johnson &amp; Johnson. Elle y "
                "accueille JLABS (anciennement JLINX), un incubateur qui aide les "
                "jeunes entreprises à accélérer l'innovation. Janssen Pharmaceutica a "
                "été l'un des partenaires fondateurs de l'événement de recherche "
                "Science for health.</p>"
            ),
            "nl": (
                "<p><b>Janssen Pharmaceutica</b> is een farmaceutisch bedrijf in "
                "Beerse en maakt deel uit van Johnson &amp; Johnson. In Beerse "
                "huisvest het JLABS (voorheen JLINX), een incubator die jonge "
                "bedrijven helpt om innovatie te versnellen. Janssen Pharmaceutica was "
                "een van de stichtende partners van het onderzoeksevenement Science "
                "for health.</p>"
            ),
        },
        "description": {
            "en": [
                (
                    "Janssen Pharmaceutica was founded in Beerse in 1953 by Dr Paul "
                    "Janssen and has been part of Johnson & Johnson since 1961."
                ),
                (
                    "Pharmaceutical companies help speed up innovation in Belgium by "
                    "running incubators. Janssen does so with JLABS in Beerse, "
                    "previously known as JLINX."
                ),
                (
                    "As the industry partner among the founders of Science for health, "
                    "launched in 2019, Janssen Pharmaceutica joined universities and "
                    "research institutes in building connections between academia, "
                    "industry and the clinic."
                ),
            ],
            "fr": [
                (
                    "Janssen Pharmaceutica a été fondée à Beerse en 1953 par le "
                    "docteur Paul Janssen et fait partie de Johnson & Johnson depuis "
                    "1961."
                ),
                (
                    "Les entreprises pharmaceutiques contribuent à accélérer "
                    "l'innovation en Belgique en gérant des incubateurs. Janssen le "
                    "fait avec JLABS à Beerse, anciennement connu sous le nom de "
                    "JLINX."
                ),
                (
                    "Partenaire industriel parmi les fondateurs de Science for health, "
                    "lancé en 2019, Janssen Pharmaceutica s'est associée à des "
                    "universités et à des instituts de recherche pour créer des liens "
                    "entre le monde académique, l'industrie et la clinique."
                ),
            ],
            "nl": [
                (
                    "Janssen Pharmaceutica werd in 1953 in Beerse opgericht door "
                    "dokter Paul Janssen en maakt sinds 1961 deel uit van Johnson & "
                    "Johnson."
                ),
                (
                    "Farmaceutische bedrijven versnellen de innovatie in België onder "
                    "meer met incubatoren. Janssen doet dat met JLABS in Beerse, "
                    "voorheen bekend als JLINX."
                ),
                (
                    "Als industriële partner onder de stichters van Science for "
                    "health, dat in 2019 van start ging, sloeg Janssen Pharmaceutica "
                    "de handen in elkaar met universiteiten en onderzoeksinstellingen "
                    "om bruggen te bouwen tussen de academische wereld, de industrie "
                    "en de kliniek."
                ),
            ],
        },
        "key_facts": [
            {
                "value": "1953",
                "label": {
                    "en": "Year founded",
                    "fr": "Année de fondation",
                    "nl": "Opgericht in",
                },
            },
            {
                "value": "JLABS",
                "label": {
                    "en": "Incubator in Beerse (formerly JLINX)",
                    "fr": "Incubateur à Beerse (anciennement JLINX)",
                    "nl": "Incubator in Beerse (voorheen JLINX)",
                },
            },
        ],
        "contacts": [],
        "social_links": [],
    },
    {
        "slug": "rega-institute",
        "slugs": {
            "fr": "institut-rega",
            "nl": "rega-instituut",
        },
        "title": {
            "en": "Rega Institute for Medical Research",
            "fr": "Institut Rega de recherche médicale",
            "nl": "Rega Instituut voor Medisch Onderzoek",
        },
        "acronym": "",
        "organisation_type": "research_institute",
        "region": "flanders",
        "city": {
            "en": "Leuven",
            "fr": "Louvain",
            "nl": "Leuven",
        },
        "website": "https://rega.kuleuven.be",
        "logo": {
            "text": "REGA",
            "background": "#4a5d73",
            "foreground": "#ffffff",
        },
        "focus_areas": [
            "infectious-diseases",
        ],
        "boilerplate": {
            "en": (
                "<p>The <b>Rega Institute for Medical Research</b> of KU Leuven is a "
                "world leader in infectious diseases and immunology. It is located on "
                "the Health Sciences campus Gasthuisberg in Leuven, where researchers "
                "from KU Leuven's Biomedical Sciences Group contribute to its "
                "work.</p>"
            ),
            "fr": (
                "<p>L'<b>Institut Rega de recherche médicale</b> de la KU Leuven est "
                "un leader mondial dans le domaine des maladies infectieuses et de "
                "l'immunologie. Il est installé sur le campus des sciences de la santé "
                "de Gasthuisberg, à Louvain, où des chercheurs du Groupe des sciences "
                "biomédicales de la KU Leuven contribuent à ses travaux.</p>"
            ),
            "nl": (
                "<p>Het <b>Rega Instituut voor Medisch Onderzoek</b> van KU Leuven is "
                "wereldleider op het gebied van infectieziekten en immunologie. Het is "
                "gevestigd op de campus Gezondheidswetenschappen Gasthuisberg in "
                "Leuven, waar onderzoekers van de Groep Biomedische Wetenschappen van "
                "KU Leuven bijdragen aan zijn werk.</p>"
            ),
        },
        "description": {
            "en": [
                (
                    "The Rega Institute for Medical Research belongs to KU Leuven and "
                    "is a world leader in research on infectious diseases and "
                    "immunology."
                ),
                (
                    "It is one of the prestigious research institutions on the Health "
                    "Sciences campus Gasthuisberg in Leuven, alongside UZ Leuven, KU "
                    "Leuven's Biomedical Sciences Group and VIB. Researchers from the "
                    "Biomedical Sciences Group contribute to its results, and the "
                    "closeness of hospital and laboratories keeps clinical and basic "
                    "research in constant dialogue."
                ),
            ],
            "fr": [
                (
                    "L'Institut Rega de recherche médicale fait partie de la KU Leuven "
                    "et occupe une position de leader mondial dans la recherche sur "
                    "les maladies infectieuses et l'immunologie."
                ),
                (
                    "Il compte parmi les institutions de recherche prestigieuses du "
                    "campus des sciences de la santé de Gasthuisberg, à Louvain, aux "
                    "côtés de l'UZ Leuven, du Groupe des sciences biomédicales de la "
                    "KU Leuven et du VIB. Des chercheurs du Groupe des sciences "
                    "biomédicales contribuent à ses résultats, et la proximité entre "
                    "l'hôpital et les laboratoires maintient un dialogue constant "
                    "entre recherche clinique et recherche fondamentale."
                ),
            ],
            "nl": [
                (
                    "Het Rega Instituut voor Medisch Onderzoek hoort bij KU Leuven en "
                    "is wereldleider in het onderzoek naar infectieziekten en "
                    "immunologie."
                ),
                (
                    "Het is een van de gerenommeerde onderzoeksinstellingen op de "
                    "campus Gezondheidswetenschappen Gasthuisberg in Leuven, naast UZ "
                    "Leuven, de Groep Biomedische Wetenschappen van KU Leuven en VIB. "
                    "Onderzoekers van de Groep Biomedische Wetenschappen dragen bij "
                    "aan de resultaten, en de nabijheid van ziekenhuis en labo's houdt "
                    "klinisch en fundamenteel onderzoek voortdurend met elkaar in "
                    "gesprek."
                ),
            ],
        },
        "key_facts": [
            {
                "value": "75 ha",
                "label": {
                    "en": "Health Sciences campus Gasthuisberg, home of the institute",
                    "fr": (
                        "Campus des sciences de la santé de Gasthuisberg, où "
                        "l'institut est installé"
                    ),
                    "nl": (
                        "Campus Gezondheidswetenschappen Gasthuisberg, thuisbasis van "
                        "het instituut"
                    ),
                },
            },
        ],
        "contacts": [],
        "social_links": [],
    },
]

# Each partner's About heading in releases, as its communications team writes it
# in each language (PartnerPage.about_heading).
ABOUT_HEADINGS = {
    "eu-biotech-campus": {
        "en": "About the EU Biotech Campus",
        "fr": "À propos de l'EU Biotech Campus",
        "nl": "Over de EU Biotech Campus",
    },
    "cespe": {
        "en": "About CESPE",
        "fr": "À propos du CESPE",
        "nl": "Over het CESPE",
    },
    "ghent-university": {
        "en": "About Ghent University",
        "fr": "À propos de l'Université de Gand",
        "nl": "Over de Universiteit Gent",
    },
    "ku-leuven": {
        "en": "About KU Leuven",
        "fr": "À propos de la KU Leuven",
        "nl": "Over KU Leuven",
    },
    "uz-leuven": {
        "en": "About University Hospitals Leuven",
        "fr": "À propos des Hôpitaux universitaires de Louvain",
        "nl": "Over UZ Leuven",
    },
    "vib": {
        "en": "About VIB",
        "fr": "À propos du VIB",
        "nl": "Over het VIB",
    },
    "imec": {
        "en": "About imec",
        "fr": "À propos d'imec",
        "nl": "Over imec",
    },
    "janssen-pharmaceutica": {
        "en": "About Janssen Pharmaceutica",
        "fr": "À propos de Janssen Pharmaceutica",
        "nl": "Over Janssen Pharmaceutica",
    },
    "rega-institute": {
        "en": "About the Rega Institute for Medical Research",
        "fr": "À propos de l'Institut Rega de recherche médicale",
        "nl": "Over het Rega Instituut voor Medisch Onderzoek",
    },
}
