"""Demo content for the newsroom: media contacts, press releases and events,
in English, French and Dutch. Pure data, no logic.
"""

MEDIA_CONTACTS = [
    {
        "key": "ebc-press",
        "name": {
            "en": "EU Biotech Campus press office",
            "fr": "Service de presse de l'EU Biotech Campus",
            "nl": "Persdienst EU Biotech Campus",
        },
        "role": {
            "en": "Media relations",
            "fr": "Relations presse",
            "nl": "Persrelaties",
        },
        "organisation": "EU Biotech Campus",
        "email": "press@biotechcampus.example",
        "phone": "+32 71 00 00 00",
    },
    {
        "key": "cespe-press",
        "name": {
            "en": "CESPE press office",
            "fr": "Service de presse du CESPE",
            "nl": "Persdienst CESPE",
        },
        "role": {
            "en": "Media relations",
            "fr": "Relations presse",
            "nl": "Persrelaties",
        },
        "organisation": "CESPE, Ghent University",
        "email": "press@cespe.example",
        "phone": "+32 9 000 00 00",
    },
    {
        "key": "sfh-press",
        "name": {
            "en": "Science for health press office",
            "fr": "Service de presse de Science for health",
            "nl": "Persdienst Science for health",
        },
        "role": {
            "en": "Media relations",
            "fr": "Relations presse",
            "nl": "Persrelaties",
        },
        "organisation": "Science for health",
        "email": "press@scienceforhealth.example",
        "phone": "+32 2 000 00 00",
    },
]

RELEASES = [
    {
        "key": "ebc-cespe-partnership",
        "slug": {
            "en": "eu-biotech-campus-and-cespe-announce-strategic-partnership",
            "fr": "partenariat-strategique-eu-biotech-campus-cespe",
            "nl": "strategisch-partnerschap-eu-biotech-campus-cespe",
        },
        "title": {
            "en": "EU Biotech Campus and CESPE announce a strategic partnership",
            "fr": (
                "L'EU Biotech Campus et le CESPE annoncent un partenariat stratégique"
            ),
            "nl": "EU Biotech Campus en CESPE kondigen strategisch partnerschap aan",
        },
        "lead": {
            "en": (
                "The Gosselies training centre and Ghent University's centre of "
                "excellence for pharmaceutical manufacturing are joining forces to "
                "give biotech and biopharma talent the skills the sector will need "
                "tomorrow."
            ),
            "fr": (
                "Le centre de formation de Gosselies et le centre d'excellence de "
                "l'Université de Gand consacré à la production pharmaceutique unissent "
                "leurs forces pour doter les talents de la biotech et de la biopharma "
                "des compétences dont le secteur aura besoin demain."
            ),
            "nl": (
                "Het opleidingscentrum in Gosselies en het expertisecentrum voor "
                "farmaceutische productie van de Universiteit Gent slaan de handen in "
                "elkaar om talent in biotech en biofarma de vaardigheden te geven die "
                "de sector morgen nodig heeft."
            ),
        },
        "dateline_place": {
            "en": "Ghent–Gosselies",
            "fr": "Gand–Gosselies",
            "nl": "Gent–Gosselies",
        },
        "release_date": "2025-05-27",
        "author": "",
        "partners": [
            "eu-biotech-campus",
            "cespe",
        ],
        "topics": [
            "skills-training",
            "biomanufacturing",
        ],
        "media_contacts": [
            "ebc-press",
            "cespe-press",
        ],
        "hero": {
            "text": "EBC × CESPE",
            "background": "#0f5e73",
            "foreground": "#ffffff",
            "alt": {
                "en": "Title card pairing the names of the EU Biotech Campus and CESPE",
                "fr": "Visuel associant les noms de l'EU Biotech Campus et du CESPE",
                "nl": "Beeld met de namen van EU Biotech Campus en CESPE",
            },
            "credit": "Partner Newsroom",
        },
        "body": {
            "en": [
                [
                    "paragraph",
                    (
                        "<p>The <b>EU Biotech Campus</b> in Gosselies and "
                        "<b>CESPE</b>, the Centre of Excellence for Sustainable "
                        "Pharmaceutical Engineering and Manufacturing at Ghent "
                        "University, have entered into a new strategic partnership, "
                        "announced jointly in Ghent and Gosselies on 27 May 2025.</p>"
                    ),
                ],
                [
                    "heading",
                    "A shared ambition for skills",
                ],
                [
                    "paragraph",
                    (
                        "<p>Both organisations want to give talent in the biotech and "
                        "biopharmaceutical industry skills that will stand the test of "
                        "time, and to make the whole life-sciences sector more aware "
                        "of how much skills development matters.</p>"
                    ),
                ],
                [
                    "paragraph",
                    (
                        "<p>To that end, the partners will run joint communication "
                        "initiatives. These will shed light on the main challenges and "
                        "opportunities for training in biotechnology and the "
                        "pharmaceutical industry, and help companies find the learning "
                        "pathways that best match their needs.</p>"
                    ),
                ],
                [
                    "quote",
                    {
                        "text": (
                            "Working with CESPE fits perfectly with our mission: "
                            "building a biotech training ecosystem that is more "
                            "dynamic and more inclusive than any other in Belgium and "
                            "Europe. Together we multiply our impact and become a "
                            "source of inspiration for tomorrow's talent."
                        ),
                        "speaker_name": "Sabrina Ena",
                        "speaker_role": "CEO",
                        "partner": "eu-biotech-campus",
                    },
                ],
                [
                    "quote",
                    {
                        "text": (
                            "We are very pleased to be joining forces with the EU "
                            "Biotech Campus. This is a significant step towards a "
                            "future built around talent and innovation, and it will "
                            "play a decisive part in developing skills and keeping "
                            "innovation going, in the spirit of Belgium's (bio)pharma "
                            "ecosystem."
                        ),
                        "speaker_name": "Christoph Portier",
                        "speaker_role": "General Director",
                        "partner": "cespe",
                    },
                ],
                [
                    "heading",
                    "What comes next",
                ],
                [
                    "paragraph",
                    (
                        "<p>The agreement opens a strategic dialogue between two "
                        "institutions that both want the biotech and pharma ecosystems "
                        "to grow, by sharing knowledge, building things together and "
                        "training people. Their first joint initiatives, on skills, "
                        "innovation and cooperation across the life sciences, will be "
                        "announced later.</p>"
                    ),
                ],
                [
                    "paragraph",
                    (
                        "<p>Both partners are also preparing to move into new "
                        "premises. The EU Biotech Campus is due to open its 5,500 m² "
                        "training centre at the Biopark in Gosselies at the end of "
                        "2025. At the same time, CESPE will settle into <i>The "
                        "Nucleus</i>, Tech Lane Ghent Science Park's new flagship "
                        "building, close to leading research institutes and "
                        "international companies.</p>"
                    ),
                ],
                [
                    "key_figures",
                    [
                        {
                            "value": "5,500 m²",
                            "label": "EU Biotech Campus training centre in Gosselies",
                        },
                        {
                            "value": "End 2025",
                            "label": "Opening of the EU Biotech Campus",
                        },
                        {
                            "value": "End 2025",
                            "label": "CESPE moves into The Nucleus in Ghent",
                        },
                    ],
                ],
                [
                    "call_to_action",
                    {
                        "heading": "Discover the EU Biotech Campus",
                        "text": (
                            "Training in bioproduction, digital transformation, "
                            "advanced therapies, soft skills and STEM, at the Biopark "
                            "in Gosselies."
                        ),
                        "link_label": "Visit the EU Biotech Campus website",
                        "link_url": "https://biotechcampus.eu",
                    },
                ],
            ],
            "fr": [
                [
                    "paragraph",
                    (
                        "<p>L'<b>EU Biotech Campus</b> de Gosselies et le "
                        "<b>CESPE</b>, le Centre of Excellence for Sustainable "
                        "Pharmaceutical Engineering and Manufacturing de l'Université "
                        "de Gand, ont conclu un nouveau partenariat stratégique, "
                        "annoncé conjointement à Gand et à Gosselies le 27 mai "
                        "2025.</p>"
                    ),
                ],
                [
                    "heading",
                    "Une ambition commune : les compétences",
                ],
                [
                    "paragraph",
                    (
                        "<p>Les deux organisations veulent doter les talents de "
                        "l'industrie biotechnologique et biopharmaceutique de "
                        "compétences durables, et sensibiliser l'ensemble du secteur "
                        "des sciences de la vie à l'importance du développement des "
                        "compétences.</p>"
                    ),
                ],
                [
                    "paragraph",
                    (
                        "<p>Pour y parvenir, les partenaires mèneront des actions de "
                        "communication communes. Elles mettront en lumière les grands "
                        "défis et les opportunités de la formation dans les "
                        "biotechnologies et l'industrie pharmaceutique, et aideront "
                        "les entreprises à trouver les parcours d'apprentissage les "
                        "mieux adaptés à leurs besoins.</p>"
                    ),
                ],
                [
                    "quote",
                    {
                        "text": (
                            "Travailler avec le CESPE s'inscrit pleinement dans notre "
                            "mission : bâtir l'écosystème de formation en "
                            "biotechnologie le plus dynamique et le plus inclusif de "
                            "Belgique et d'Europe. Ensemble, nous démultiplions notre "
                            "impact et inspirons la prochaine génération de talents."
                        ),
                        "speaker_name": "Sabrina Ena",
                        "speaker_role": "CEO",
                        "partner": "eu-biotech-campus",
                    },
                ],
                [
                    "quote",
                    {
                        "text": (
                            "Nous sommes ravis de lancer ce partenariat avec l'EU "
                            "Biotech Campus. C'est une étape importante vers un avenir "
                            "où le talent et l'innovation occupent une place centrale, "
                            "et cette collaboration jouera un rôle décisif dans le "
                            "développement des compétences et l'innovation continue, "
                            "dans l'esprit de l'écosystème belge de la (bio)pharma."
                        ),
                        "speaker_name": "Christoph Portier",
                        "speaker_role": "Directeur général",
                        "partner": "cespe",
                    },
                ],
                [
                    "heading",
                    "Et ensuite ?",
                ],
                [
                    "paragraph",
                    (
                        "<p>Cet accord ouvre un dialogue stratégique entre deux "
                        "institutions engagées dans la croissance des écosystèmes "
                        "biotechnologique et pharmaceutique, par le partage de "
                        "connaissances, la co-construction et la formation. Leurs "
                        "premières initiatives communes, axées sur les compétences, "
                        "l'innovation et la collaboration dans les sciences de la vie, "
                        "seront annoncées prochainement.</p>"
                    ),
                ],
                [
                    "paragraph",
                    (
                        "<p>Les deux partenaires s'apprêtent aussi à emménager dans de "
                        "nouveaux locaux. L'EU Biotech Campus doit ouvrir fin 2025 son "
                        "centre de formation de 5 500 m² au Biopark de Gosselies. Au "
                        "même moment, le CESPE s'installera dans <i>The Nucleus</i>, "
                        "le nouveau bâtiment phare du Tech Lane Ghent Science Park, à "
                        "proximité d'instituts de recherche de premier plan et "
                        "d'entreprises internationales.</p>"
                    ),
                ],
                [
                    "key_figures",
                    [
                        {
                            "value": "5 500 m²",
                            "label": (
                                "Centre de formation de l'EU Biotech Campus à Gosselies"
                            ),
                        },
                        {
                            "value": "Fin 2025",
                            "label": "Ouverture de l'EU Biotech Campus",
                        },
                        {
                            "value": "Fin 2025",
                            "label": "Installation du CESPE dans The Nucleus, à Gand",
                        },
                    ],
                ],
                [
                    "call_to_action",
                    {
                        "heading": "Découvrez l'EU Biotech Campus",
                        "text": (
                            "Des formations en bioproduction, transformation "
                            "numérique, thérapies innovantes, compétences "
                            "transversales et STEM, au Biopark de Gosselies."
                        ),
                        "link_label": "Visiter le site de l'EU Biotech Campus",
                        "link_url": "https://biotechcampus.eu",
                    },
                ],
            ],
            "nl": [
                [
                    "paragraph",
                    (
                        "<p>De <b>EU Biotech Campus</b> in Gosselies en <b>CESPE</b>, "
                        "het Centre of Excellence for Sustainable Pharmaceutical "
                        "Engineering and Manufacturing van de Universiteit Gent, gaan "
                        "een nieuw strategisch partnerschap aan. Dat maakten ze op 27 "
                        "mei 2025 samen bekend in Gent en Gosselies.</p>"
                    ),
                ],
                [
                    "heading",
                    "Een gedeelde ambitie rond vaardigheden",
                ],
                [
                    "paragraph",
                    (
                        "<p>Beide organisaties willen talent in de biotech- en "
                        "biofarmaceutische industrie toekomstbestendige vaardigheden "
                        "bijbrengen, en de hele life-sciencessector er meer bewust van "
                        "maken hoe belangrijk competentieontwikkeling is.</p>"
                    ),
                ],
                [
                    "paragraph",
                    (
                        "<p>Daarvoor zetten de partners gezamenlijke "
                        "communicatie-initiatieven op. Die brengen de grote "
                        "uitdagingen en kansen voor opleiding in de biotechnologie en "
                        "de farmaceutische industrie in beeld, en helpen bedrijven de "
                        "leertrajecten te vinden die het best bij hun noden "
                        "passen.</p>"
                    ),
                ],
                [
                    "quote",
                    {
                        "text": (
                            "De samenwerking met CESPE sluit naadloos aan bij onze "
                            "missie: het meest dynamische en inclusieve "
                            "opleidingsecosysteem voor biotech in België en Europa "
                            "uitbouwen. Samen vergroten we onze impact en inspireren "
                            "we de volgende generatie talent."
                        ),
                        "speaker_name": "Sabrina Ena",
                        "speaker_role": "CEO",
                        "partner": "eu-biotech-campus",
                    },
                ],
                [
                    "quote",
                    {
                        "text": (
                            "We zijn erg blij dat we dit partnerschap met de EU "
                            "Biotech Campus kunnen starten. Het is een belangrijke "
                            "stap naar een toekomst waarin talent en innovatie "
                            "centraal staan, en de samenwerking zal een "
                            "doorslaggevende rol spelen in de ontwikkeling van "
                            "vaardigheden en in voortdurende innovatie, helemaal in de "
                            "geest van het Belgische (bio)farma-ecosysteem."
                        ),
                        "speaker_name": "Christoph Portier",
                        "speaker_role": "Algemeen directeur",
                        "partner": "cespe",
                    },
                ],
                [
                    "heading",
                    "Wat volgt",
                ],
                [
                    "paragraph",
                    (
                        "<p>Het akkoord is de start van een strategische dialoog "
                        "tussen twee instellingen die zich inzetten voor de groei van "
                        "de biotech- en farma-ecosystemen, via kennisdeling, "
                        "co-creatie en opleiding. De eerste gezamenlijke initiatieven, "
                        "rond vaardigheden, innovatie en samenwerking in de life "
                        "sciences, worden later bekendgemaakt.</p>"
                    ),
                ],
                [
                    "paragraph",
                    (
                        "<p>Beide partners maken zich ook op voor een nieuwe "
                        "thuisbasis. De EU Biotech Campus opent eind 2025 zijn "
                        "opleidingscentrum van 5.500 m² op het Biopark in Gosselies. "
                        "Tegelijk verhuist CESPE naar <i>The Nucleus</i>, het nieuwe "
                        "vlaggenschipgebouw van Tech Lane Ghent Science Park, dicht "
                        "bij toonaangevende onderzoeksinstellingen en internationale "
                        "bedrijven.</p>"
                    ),
                ],
                [
                    "key_figures",
                    [
                        {
                            "value": "5.500 m²",
                            "label": (
                                "Opleidingscentrum van EU Biotech Campus in Gosselies"
                            ),
                        },
                        {
                            "value": "Eind 2025",
                            "label": "Opening van de EU Biotech Campus",
                        },
                        {
                            "value": "Eind 2025",
                            "label": "CESPE verhuist naar The Nucleus in Gent",
                        },
                    ],
                ],
                [
                    "call_to_action",
                    {
                        "heading": "Ontdek de EU Biotech Campus",
                        "text": (
                            "Opleidingen in bioproductie, digitale transformatie, "
                            "geavanceerde therapieën, soft skills en STEM, op het "
                            "Biopark in Gosselies."
                        ),
                        "link_label": "Naar de website van de EU Biotech Campus",
                        "link_url": "https://biotechcampus.eu",
                    },
                ],
            ],
        },
    },
    {
        "key": "science-for-health-launch",
        "event": "science-for-health-2019",
        "slug": {
            "en": "science-for-health-new-event-for-research-connections",
            "fr": "science-for-health-nouvel-evenement-pour-tisser-des-liens",
            "nl": "science-for-health-nieuw-evenement-verbindt-onderzoekers",
        },
        "title": {
            "en": (
                "Science for health: a new Belgian event to spark research connections"
            ),
            "fr": (
                "Science for health : un nouvel événement belge pour tisser des liens "
                "entre chercheurs"
            ),
            "nl": (
                "Science for health: een nieuw Belgisch evenement dat onderzoekers "
                "verbindt"
            ),
        },
        "lead": {
            "en": (
                "Science for health is a new annual event that brings together "
                "academics, industry leaders, clinicians and service providers to "
                "build research partnerships that benefit patients. The first edition, "
                "in September 2019, is devoted to cell therapy."
            ),
            "fr": (
                "Science for health, nouvel événement annuel, réunit académiques, "
                "dirigeants d'entreprise, cliniciens et prestataires de services pour "
                "nouer des partenariats de recherche au bénéfice des patients. La "
                "première édition, en septembre 2019, est consacrée à la thérapie "
                "cellulaire."
            ),
            "nl": (
                "Science for health is een nieuw jaarlijks evenement dat academici, "
                "leidinggevenden uit de industrie, clinici en dienstverleners "
                "samenbrengt voor onderzoekspartnerschappen ten bate van de patiënt. "
                "De eerste editie, in september 2019, draait rond celtherapie."
            ),
        },
        "dateline_place": {
            "en": "Belgium",
            "fr": "Belgique",
            "nl": "België",
        },
        "release_date": "2019-06-03",
        "author": "Amy LeBlanc",
        "partners": [
            "ghent-university",
            "ku-leuven",
            "vib",
            "imec",
            "janssen-pharmaceutica",
        ],
        "topics": [
            "cell-gene-therapy",
            "clinical-research",
        ],
        "media_contacts": [
            "sfh-press",
        ],
        "hero": {
            "text": "Science for health",
            "background": "#5b2a86",
            "foreground": "#ffffff",
            "alt": {
                "en": "Title card for the Science for health research event",
                "fr": "Visuel de l'événement de recherche Science for health",
                "nl": "Beeld van het onderzoeksevenement Science for health",
            },
            "credit": "Partner Newsroom",
        },
        "body": {
            "en": [
                [
                    "paragraph",
                    (
                        "<p><b>Science for health</b> is a new research event designed "
                        "to encourage more collaboration within Belgium's outstanding "
                        "life-sciences ecosystem. In September it will gather experts "
                        "from every corner of the field: academics, industry leaders, "
                        "clinicians and service providers. The goal goes beyond "
                        "showcasing Belgian research: by sparking new and innovative "
                        "partnerships, the event aims to create value for patients. "
                        "The first edition, in 2019, is devoted to cell therapy.</p>"
                    ),
                ],
                [
                    "heading",
                    "A different kind of event",
                ],
                [
                    "paragraph",
                    (
                        "<p>Health sciences have become so complex that many people in "
                        "the field are highly specialised. Absorbed in their own work, "
                        "they can find it hard to step back and see the wider "
                        "picture.</p>"
                    ),
                ],
                [
                    "paragraph",
                    (
                        "<p>Researchers today mostly meet in academic settings such as "
                        "conferences, and there are few chances to connect across the "
                        "boundaries between academia, industry and the clinic. By "
                        "gathering people from the whole Belgian health-sciences "
                        "sector, the new event creates a rare opening to break down "
                        "those barriers and to start collaborations that would "
                        "otherwise be hard to get off the ground.</p>"
                    ),
                ],
                [
                    "paragraph",
                    (
                        "<p>That spirit of connection is reflected in the founding "
                        "partners themselves: <b>Ghent University</b> and <b>KU "
                        "Leuven</b> on the university side, <b>VIB</b> and <b>imec</b> "
                        "as research institutes, and <b>Janssen Pharmaceutica</b> "
                        "representing the pharmaceutical industry. Their joint support "
                        "captures what the event stands for: building research links "
                        "across the field, to advance the health sciences and to "
                        "benefit patients.</p>"
                    ),
                ],
                [
                    "paragraph",
                    (
                        "<p>Science for health will be held every year. Alongside "
                        "events such as Knowledge for Growth, it gives experts a "
                        "chance to meet and brainstorm around a central theme, which "
                        "for this first edition is cell therapy.</p>"
                    ),
                ],
                [
                    "key_figures",
                    [
                        {
                            "value": "5",
                            "label": "Founding partners",
                        },
                        {
                            "value": "September 2019",
                            "label": "First edition",
                        },
                    ],
                ],
                [
                    "heading",
                    "Why cell therapy?",
                ],
                [
                    "paragraph",
                    (
                        "<p>Over the past few years, cell therapy has produced "
                        "groundbreaking discoveries around the world, and the first "
                        "products are now reaching the clinic. The examples vary "
                        "widely, from CAR-T therapy against cancer to regenerative "
                        "medicine based on stem cells. The potential seems almost "
                        "limitless, yet the road from the laboratory to patient care "
                        "remains long and complex.</p>"
                    ),
                ],
                [
                    "heading",
                    "Belgium, a hub for cell therapy",
                ],
                [
                    "paragraph",
                    (
                        "<p>Belgium is recognised internationally as a leading hub for "
                        "cell therapy. Enough innovative companies are based here to "
                        "form a critical mass, all strongly driven to improve patient "
                        "care, and they grow within a rich and diverse ecosystem.</p>"
                    ),
                ],
                [
                    "paragraph",
                    (
                        "<p>The country excels at turning fundamental research done at "
                        "universities like UGent and KU Leuven into spin-off "
                        "companies, which in turn create value for industry and "
                        "patients. This valorisation owes much to dedicated centres "
                        "such as VIB and imec, and to strong government support "
                        "through grants, subsidies and tax incentives.</p>"
                    ),
                ],
                [
                    "paragraph",
                    (
                        "<p>Cell therapy companies can also count on specialised local "
                        "service providers, while pharmaceutical companies speed up "
                        "innovation through a growing number of incubators, such as "
                        "Janssen's JLABS in Beerse (formerly JLINX).</p>"
                    ),
                ],
                [
                    "paragraph",
                    (
                        "<p>Last but not least, Belgium has real leadership in "
                        "clinical development, with a reputation for efficiency and "
                        "speed. Academic centres, the pharmaceutical industry and the "
                        "Federal Agency for Medicines and Health Products all work "
                        "together to uphold that high standard.</p>"
                    ),
                ],
                [
                    "heading",
                    "September is for cell therapy",
                ],
                [
                    "paragraph",
                    (
                        "<p>We are at a turning point: in the near future, cell "
                        "therapies are set to become a mainstay of treatment for a "
                        "wide range of disorders, and they will fundamentally change "
                        "the way medicine is practised, and progress will depend on "
                        "collaboration and creative thinking.</p>"
                    ),
                ],
                [
                    "paragraph",
                    (
                        "<p>Join us at Science for health in September. Be inspired by "
                        "outstanding research from Belgium and abroad, meet "
                        "scientists, executives and business developers from "
                        "universities, research institutes and companies, and team up "
                        "to move the field forward, improve patient care and save "
                        "lives.</p>"
                    ),
                ],
            ],
            "fr": [
                [
                    "paragraph",
                    (
                        "<p><b>Science for health</b> est un nouvel événement de "
                        "recherche conçu pour multiplier les collaborations au sein de "
                        "l'écosystème belge des sciences de la vie, l'un des plus "
                        "brillants qui soient. En septembre, il réunira des experts de "
                        "tous horizons : académiques, dirigeants d'entreprise, "
                        "cliniciens et prestataires de services. L'objectif dépasse la "
                        "simple vitrine de la recherche belge : en suscitant des "
                        "partenariats nouveaux et innovants, l'événement veut créer de "
                        "la valeur pour les patients. La première édition, en 2019, "
                        "est consacrée à la thérapie cellulaire.</p>"
                    ),
                ],
                [
                    "heading",
                    "Un événement pas comme les autres",
                ],
                [
                    "paragraph",
                    (
                        "<p>Les sciences de la santé sont devenues si complexes que "
                        "beaucoup de leurs acteurs sont extrêmement spécialisés. "
                        "Absorbés par leurs propres travaux, ils ont parfois du mal à "
                        "prendre du recul et à voir l'ensemble du tableau.</p>"
                    ),
                ],
                [
                    "paragraph",
                    (
                        "<p>Aujourd'hui, les chercheurs se rencontrent surtout dans un "
                        "cadre académique, lors de conférences par exemple, et les "
                        "occasions de nouer des contacts par-delà les frontières entre "
                        "université, industrie et clinique restent rares. En "
                        "rassemblant des acteurs de tout le secteur belge des sciences "
                        "de la santé, Science for health offre une occasion unique de "
                        "faire tomber ces barrières et d'amorcer des collaborations "
                        "qui, autrement, auraient du mal à voir le jour.</p>"
                    ),
                ],
                [
                    "paragraph",
                    (
                        "<p>Cet esprit de connexion se retrouve dans les partenaires "
                        "fondateurs eux-mêmes : deux universités (l'<b>Université de "
                        "Gand</b> et la <b>KU Leuven</b>), deux instituts de recherche "
                        "(le <b>VIB</b> et <b>imec</b>) et une entreprise "
                        "pharmaceutique (<b>Janssen Pharmaceutica</b>). Leur soutien "
                        "commun incarne la raison d'être de l'événement : tisser des "
                        "liens de recherche dans tout le domaine, pour faire "
                        "progresser les sciences de la santé au bénéfice des "
                        "patients.</p>"
                    ),
                ],
                [
                    "paragraph",
                    (
                        "<p>Science for health aura lieu chaque année. À l'instar "
                        "d'événements comme Knowledge for Growth, il permet aux "
                        "experts de se retrouver et de réfléchir ensemble autour d'un "
                        "thème central, qui est, pour cette première édition, la "
                        "thérapie cellulaire.</p>"
                    ),
                ],
                [
                    "key_figures",
                    [
                        {
                            "value": "5",
                            "label": "Partenaires fondateurs",
                        },
                        {
                            "value": "Septembre 2019",
                            "label": "Première édition",
                        },
                    ],
                ],
                [
                    "heading",
                    "Pourquoi la thérapie cellulaire ?",
                ],
                [
                    "paragraph",
                    (
                        "<p>Ces dernières années, la thérapie cellulaire a donné lieu "
                        "à des découvertes majeures partout dans le monde, et les "
                        "premiers produits arrivent enfin en clinique. Les exemples "
                        "sont variés, des thérapies CAR-T contre le cancer à la "
                        "médecine régénérative fondée sur les cellules souches. Les "
                        "possibilités semblent presque infinies, mais le chemin qui "
                        "mène du laboratoire au lit du patient reste long et "
                        "complexe.</p>"
                    ),
                ],
                [
                    "heading",
                    "La Belgique, pôle de la thérapie cellulaire",
                ],
                [
                    "paragraph",
                    (
                        "<p>La Belgique est reconnue sur la scène internationale comme "
                        "un pôle de premier plan pour la thérapie cellulaire. Elle "
                        "compte une masse critique d'entreprises innovantes, animées "
                        "d'une forte volonté de faire progresser les soins aux "
                        "patients, qui se développent au sein d'un écosystème riche et "
                        "diversifié.</p>"
                    ),
                ],
                [
                    "paragraph",
                    (
                        "<p>Le pays excelle dans la création de spin-offs issues de la "
                        "recherche fondamentale d'universités comme l'UGent et la KU "
                        "Leuven, des entreprises qui créent ensuite de la valeur pour "
                        "l'industrie et pour les patients. Cette valorisation doit "
                        "beaucoup à des centres spécialisés comme le VIB et imec, "
                        "ainsi qu'au soutien appuyé des pouvoirs publics sous forme de "
                        "bourses, de subsides et d'incitants fiscaux.</p>"
                    ),
                ],
                [
                    "paragraph",
                    (
                        "<p>Les entreprises de thérapie cellulaire peuvent aussi "
                        "s'appuyer sur des prestataires de services locaux "
                        "spécialisés, tandis que les entreprises pharmaceutiques "
                        "accélèrent l'innovation grâce à un nombre croissant "
                        "d'incubateurs, comme JLABS de Janssen à Beerse (anciennement "
                        "JLINX).</p>"
                    ),
                ],
                [
                    "paragraph",
                    (
                        "<p>Enfin, la Belgique joue un véritable rôle de leader en "
                        "développement clinique, avec une réputation d'efficacité et "
                        "de rapidité. L'Agence fédérale des médicaments et des "
                        "produits de santé (AFMPS), les centres académiques et "
                        "l'industrie pharmaceutique collaborent pour maintenir ce haut "
                        "niveau d'exigence.</p>"
                    ),
                ],
                [
                    "heading",
                    "En septembre, place à la thérapie cellulaire",
                ],
                [
                    "paragraph",
                    (
                        "<p>Nous sommes à un tournant : dans un avenir proche, les "
                        "thérapies cellulaires deviendront une option de traitement "
                        "essentielle pour de nombreuses maladies. Elles transformeront "
                        "en profondeur la pratique de la médecine, et les progrès "
                        "passeront par la collaboration et la créativité.</p>"
                    ),
                ],
                [
                    "paragraph",
                    (
                        "<p>Rejoignez-nous à Science for health en septembre. "
                        "Laissez-vous inspirer par des recherches remarquables menées "
                        "en Belgique et à l'étranger, rencontrez des scientifiques, "
                        "des dirigeants et des responsables du développement "
                        "commercial issus d'universités, d'instituts de recherche et "
                        "d'entreprises, et unissez vos forces pour faire avancer le "
                        "domaine, améliorer les soins et sauver des vies.</p>"
                    ),
                ],
            ],
            "nl": [
                [
                    "paragraph",
                    (
                        "<p><b>Science for health</b> is een nieuw onderzoeksevenement "
                        "dat meer samenwerking wil op gang brengen binnen het "
                        "uitstekende Belgische life-sciencesecosysteem. In september "
                        "brengt het experts uit alle hoeken van het veld samen: "
                        "academici, leidinggevenden uit de industrie, clinici en "
                        "dienstverleners. Het doel is niet alleen Belgisch onderzoek "
                        "in de kijker te zetten: door nieuwe en innovatieve "
                        "partnerschappen aan te wakkeren, wil het evenement waarde "
                        "creëren voor patiënten. De eerste editie, in 2019, staat in "
                        "het teken van celtherapie.</p>"
                    ),
                ],
                [
                    "heading",
                    "Een evenement van een andere orde",
                ],
                [
                    "paragraph",
                    (
                        "<p>De gezondheidswetenschappen zijn zo complex geworden dat "
                        "veel spelers in het veld sterk gespecialiseerd zijn. Wie "
                        "helemaal opgaat in het eigen werk, vindt het vaak moeilijk om "
                        "afstand te nemen en het grotere geheel te zien.</p>"
                    ),
                ],
                [
                    "paragraph",
                    (
                        "<p>Vandaag ontmoeten onderzoekers elkaar vooral in een "
                        "academische context, zoals op congressen, en zijn er weinig "
                        "kansen om contacten te leggen over de grenzen van academische "
                        "wereld, industrie en kliniek heen. Door mensen uit de hele "
                        "Belgische sector van de gezondheidswetenschappen samen te "
                        "brengen, biedt Science for health een zeldzame kans om die "
                        "muren te slopen en samenwerkingen te starten die anders "
                        "moeilijk van de grond zouden komen.</p>"
                    ),
                ],
                [
                    "paragraph",
                    (
                        "<p>Die verbindende gedachte zit ook in de stichtende partners "
                        "zelf: twee universiteiten (<b>Universiteit Gent</b> en <b>KU "
                        "Leuven</b>), twee onderzoeksinstellingen (<b>VIB</b> en "
                        "<b>imec</b>) en een farmaceutisch bedrijf (<b>Janssen "
                        "Pharmaceutica</b>). Hun gezamenlijke steun vat samen waar het "
                        "evenement voor staat: onderzoeksverbindingen leggen over het "
                        "hele veld, om de gezondheidswetenschappen vooruit te helpen, "
                        "in het belang van de patiënt.</p>"
                    ),
                ],
                [
                    "paragraph",
                    (
                        "<p>Science for health vindt elk jaar plaats. Net als "
                        "evenementen zoals Knowledge for Growth krijgen experts er de "
                        "kans om samen te komen en te brainstormen rond een centraal "
                        "thema; voor deze eerste editie is dat celtherapie.</p>"
                    ),
                ],
                [
                    "key_figures",
                    [
                        {
                            "value": "5",
                            "label": "Stichtende partners",
                        },
                        {
                            "value": "September 2019",
                            "label": "Eerste editie",
                        },
                    ],
                ],
                [
                    "heading",
                    "Waarom celtherapie?",
                ],
                [
                    "paragraph",
                    (
                        "<p>De voorbije jaren leverde celtherapie wereldwijd "
                        "baanbrekende ontdekkingen op, en de eerste producten bereiken "
                        "nu eindelijk de kliniek. De voorbeelden zijn erg divers, van "
                        "CAR-T-therapie tegen kanker tot regeneratieve geneeskunde met "
                        "stamcellen. De mogelijkheden lijken haast eindeloos, maar de "
                        "weg van het labo naar de patiëntenzorg blijft lang en "
                        "complex.</p>"
                    ),
                ],
                [
                    "heading",
                    "België, draaischijf voor celtherapie",
                ],
                [
                    "paragraph",
                    (
                        "<p>België wordt internationaal erkend als een vooraanstaande "
                        "draaischijf voor celtherapie. Ons land telt een kritische "
                        "massa aan innovatieve bedrijven met een sterke drive om de "
                        "patiëntenzorg vooruit te helpen, en die bedrijven groeien in "
                        "een rijk en divers ecosysteem.</p>"
                    ),
                ],
                [
                    "paragraph",
                    (
                        "<p>België blinkt uit in het omzetten van fundamenteel "
                        "onderzoek van universiteiten zoals de UGent en KU Leuven in "
                        "spin-offs die vervolgens waarde creëren voor de industrie en "
                        "voor patiënten. Die valorisatie is voor een groot deel te "
                        "danken aan gespecialiseerde centra zoals VIB en imec, en aan "
                        "de sterke steun van de overheid via beurzen, subsidies en "
                        "fiscale stimuli.</p>"
                    ),
                ],
                [
                    "paragraph",
                    (
                        "<p>Celtherapiebedrijven kunnen bovendien rekenen op "
                        "gespecialiseerde lokale dienstverleners, terwijl "
                        "farmaceutische bedrijven de innovatie versnellen met steeds "
                        "meer incubatoren, zoals JLABS van Janssen in Beerse (voorheen "
                        "JLINX).</p>"
                    ),
                ],
                [
                    "paragraph",
                    (
                        "<p>Tot slot speelt België een echte voortrekkersrol in "
                        "klinische ontwikkeling, met een reputatie van efficiëntie en "
                        "snelheid. Het Federaal Agentschap voor Geneesmiddelen en "
                        "Gezondheidsproducten (FAGG), de academische centra en de "
                        "farmaceutische industrie werken samen om dat hoge niveau te "
                        "bewaken.</p>"
                    ),
                ],
                [
                    "heading",
                    "September staat in het teken van celtherapie",
                ],
                [
                    "paragraph",
                    (
                        "<p>We staan op een kantelpunt: in de nabije toekomst worden "
                        "celtherapieën een belangrijke behandeloptie voor tal van "
                        "aandoeningen. Ze zullen de manier waarop geneeskunde wordt "
                        "beoefend grondig veranderen, en vooruitgang zal afhangen van "
                        "samenwerking en creatief denken.</p>"
                    ),
                ],
                [
                    "paragraph",
                    (
                        "<p>Kom in september naar Science for health. Laat je "
                        "inspireren door boeiend onderzoek uit binnen- en buitenland, "
                        "ontmoet wetenschappers, managers en business developers van "
                        "universiteiten, onderzoeksinstellingen en bedrijven, en "
                        "bundel de krachten om het veld vooruit te helpen, de "
                        "patiëntenzorg te verbeteren en levens te redden.</p>"
                    ),
                ],
            ],
        },
    },
]

EVENTS = [
    {
        "key": "science-for-health-2019",
        "slug": {
            "en": "science-for-health-2019",
            "fr": "science-for-health-2019",
            "nl": "science-for-health-2019",
        },
        "title": {
            "en": "Science for health 2019",
            "fr": "Science for health 2019",
            "nl": "Science for health 2019",
        },
        "theme": {
            "en": "Cell therapy",
            "fr": "Thérapie cellulaire",
            "nl": "Celtherapie",
        },
        "lead": {
            "en": (
                "The first edition of Science for health brings Belgian academics, "
                "industry leaders, clinicians and service providers together around "
                "cell therapy, to build research connections that create value for "
                "patients."
            ),
            "fr": (
                "La première édition de Science for health rassemble académiques, "
                "dirigeants d'entreprise, cliniciens et prestataires de services "
                "belges autour de la thérapie cellulaire, pour tisser des liens de "
                "recherche qui créent de la valeur pour les patients."
            ),
            "nl": (
                "De eerste editie van Science for health brengt Belgische academici, "
                "leidinggevenden uit de industrie, clinici en dienstverleners samen "
                "rond celtherapie, om onderzoeksverbindingen te leggen die waarde "
                "creëren voor patiënten."
            ),
        },
        "start": "2019-09-26T09:00",
        "end": "2019-09-26T18:00",
        "venue_name": "",
        "venue_address": "",
        # An event is published with a place (EventPage.publish_problems).
        "venue_city": {"en": "Brussels", "fr": "Bruxelles", "nl": "Brussel"},
        "online_url": "",
        "organisers": [],
        "founding_partners": [
            "ghent-university",
            "ku-leuven",
            "vib",
            "imec",
            "janssen-pharmaceutica",
        ],
        "audience": {
            "en": (
                "Academics, industry leaders, clinicians and service providers in the "
                "health sciences"
            ),
            "fr": (
                "Académiques, dirigeants d'entreprise, cliniciens et prestataires de "
                "services des sciences de la santé"
            ),
            "nl": (
                "Academici, leidinggevenden uit de industrie, clinici en "
                "dienstverleners uit de gezondheidswetenschappen"
            ),
        },
        "speakers": [],
        "programme": {
            "en": [
                [
                    "heading",
                    "About the event",
                ],
                [
                    "paragraph",
                    (
                        "<p>Science for health is a new annual research event for "
                        "Belgium's life-sciences community. It brings people together "
                        "across the boundaries between academia, industry and the "
                        "clinic, so that collaborations can start that would otherwise "
                        "be hard to initiate.</p>"
                    ),
                ],
                [
                    "heading",
                    "Theme: cell therapy",
                ],
                [
                    "paragraph",
                    (
                        "<p>The 2019 edition is devoted to cell therapy, a field in "
                        "which the first products are now reaching the clinic, from "
                        "CAR-T therapy against cancer to regenerative medicine with "
                        "stem cells. Belgium is internationally recognised as a "
                        "leading hub for this field.</p>"
                    ),
                ],
            ],
            "fr": [
                [
                    "heading",
                    "L'événement",
                ],
                [
                    "paragraph",
                    (
                        "<p>Science for health est un nouvel événement de recherche "
                        "annuel destiné à la communauté belge des sciences de la vie. "
                        "Il fait se rencontrer des acteurs de l'université, de "
                        "l'industrie et de la clinique, afin d'amorcer des "
                        "collaborations qui, autrement, seraient difficiles à "
                        "lancer.</p>"
                    ),
                ],
                [
                    "heading",
                    "Thème : la thérapie cellulaire",
                ],
                [
                    "paragraph",
                    (
                        "<p>L'édition 2019 est consacrée à la thérapie cellulaire, un "
                        "domaine dont les premiers produits arrivent en clinique, des "
                        "thérapies CAR-T contre le cancer à la médecine régénérative "
                        "fondée sur les cellules souches. La Belgique est reconnue "
                        "internationalement comme un pôle de premier plan dans ce "
                        "domaine.</p>"
                    ),
                ],
            ],
            "nl": [
                [
                    "heading",
                    "Over het evenement",
                ],
                [
                    "paragraph",
                    (
                        "<p>Science for health is een nieuw jaarlijks "
                        "onderzoeksevenement voor de Belgische "
                        "life-sciencesgemeenschap. Het brengt mensen samen over de "
                        "grenzen van academische wereld, industrie en kliniek heen, "
                        "zodat samenwerkingen kunnen ontstaan die anders moeilijk op "
                        "gang komen.</p>"
                    ),
                ],
                [
                    "heading",
                    "Thema: celtherapie",
                ],
                [
                    "paragraph",
                    (
                        "<p>De editie van 2019 staat in het teken van celtherapie, een "
                        "domein waarin de eerste producten nu de kliniek bereiken, van "
                        "CAR-T-therapie tegen kanker tot regeneratieve geneeskunde met "
                        "stamcellen. België wordt internationaal erkend als een "
                        "vooraanstaande draaischijf op dit gebied.</p>"
                    ),
                ],
            ],
        },
        "registration_url": "",
        "registration_deadline": "",
        "registration_status": "closed",
        "topics": [
            "cell-gene-therapy",
        ],
    },
]
