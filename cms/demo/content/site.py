"""Demo content for the site structure: the home pages, the three index pages
and the standard pages, in English, French and Dutch. Pure data, no logic.
"""

HOME = {
    "en": {
        "title": "News from Belgium's life-sciences partners",
        "slug": "home",
        "introduction": (
            "Press releases, events and partner profiles from the universities, "
            "hospitals, institutes, companies and training centres of the network."
        ),
    },
    "fr": {
        "title": "L'actualité des partenaires belges des sciences de la vie",
        "slug": "accueil",
        "introduction": (
            "Communiqués de presse, événements et profils des universités, hôpitaux, "
            "instituts, entreprises et centres de formation du réseau."
        ),
    },
    "nl": {
        "title": "Nieuws van de Belgische life-sciencespartners",
        "slug": "start",
        "introduction": (
            "Persberichten, evenementen en partnerprofielen van de universiteiten, "
            "ziekenhuizen, instituten, bedrijven en opleidingscentra van het netwerk."
        ),
    },
}

INDEX_PAGES = {
    "news": {
        "slug": {
            "en": "news",
            "fr": "actualites",
            "nl": "nieuws",
        },
        "title": {
            "en": "News",
            "fr": "Actualités",
            "nl": "Nieuws",
        },
        "introduction": {
            "en": (
                "Press releases and announcements from the partners of the network, "
                "from new partnerships to the launch of events."
            ),
            "fr": (
                "Communiqués de presse et annonces des partenaires du réseau, des "
                "nouveaux partenariats au lancement d'événements."
            ),
            "nl": (
                "Persberichten en aankondigingen van de partners van het netwerk, van "
                "nieuwe samenwerkingen tot de lancering van evenementen."
            ),
        },
    },
    "events": {
        "slug": {
            "en": "events",
            "fr": "evenements",
            "nl": "evenementen",
        },
        "title": {
            "en": "Events",
            "fr": "Événements",
            "nl": "Evenementen",
        },
        "introduction": {
            "en": (
                "Conferences and meetings where the partners bring academia, industry "
                "and the clinic together."
            ),
            "fr": (
                "Conférences et rencontres où les partenaires réunissent le monde "
                "académique, l'industrie et la clinique."
            ),
            "nl": (
                "Congressen en ontmoetingen waar de partners de academische wereld, de "
                "industrie en de kliniek samenbrengen."
            ),
        },
    },
    "partners": {
        "slug": {
            "en": "partners",
            "fr": "partenaires",
            "nl": "partners",
        },
        "title": {
            "en": "Partners",
            "fr": "Partenaires",
            "nl": "Partners",
        },
        "introduction": {
            "en": (
                "The universities, hospitals, research institutes, companies and "
                "training centres that make up the network."
            ),
            "fr": (
                "Les universités, hôpitaux, instituts de recherche, entreprises et "
                "centres de formation qui composent le réseau."
            ),
            "nl": (
                "De universiteiten, ziekenhuizen, onderzoeksinstellingen, bedrijven en "
                "opleidingscentra die samen het netwerk vormen."
            ),
        },
    },
}

STANDARD_PAGES = [
    {
        "key": "eu-biotech-campus-missions",
        "slug": {
            "en": "eu-biotech-campus-missions",
            "fr": "missions-eu-biotech-campus",
            "nl": "missies-eu-biotech-campus",
        },
        "title": {
            "en": "EU Biotech Campus: missions and pillars",
            "fr": "EU Biotech Campus : missions et piliers",
            "nl": "EU Biotech Campus: missies en pijlers",
        },
        "introduction": {
            "en": (
                "The EU Biotech Campus in Gosselies is a multi-operator training "
                "centre and business accelerator for the biotech and health industry. "
                "Here is what it sets out to do, and why."
            ),
            "fr": (
                "L'EU Biotech Campus de Gosselies est un centre de formation "
                "multi-opérateurs et un accélérateur d'entreprises au service de "
                "l'industrie des biotechnologies et de la santé. Voici ses ambitions, "
                "et ce qui les motive."
            ),
            "nl": (
                "De EU Biotech Campus in Gosselies is een opleidingscentrum met "
                "meerdere operatoren en een bedrijfsversneller voor de biotech- en "
                "gezondheidssector. Dit wil de campus bereiken, en daarom."
            ),
        },
        "body": {
            "en": [
                [
                    "heading",
                    "Three missions",
                ],
                [
                    "paragraph",
                    (
                        "<p>The EU Biotech Campus is a training centre and business "
                        "accelerator where several operators work side by side to "
                        "develop talent, skills and companies in the biotech and "
                        "health industry. Its state-of-the-art infrastructure and "
                        "services are open to students and jobseekers from the region, "
                        "Belgium, Europe and beyond, and equally to researchers, "
                        "spin-offs, young and scaling companies and multinationals. "
                        "Its work follows three missions:</p><ul><li><b>Stimulating "
                        "cross-fertilisation.</b> Training providers and business "
                        "accelerators, from Wallonia and the rest of Europe, share a "
                        "single flagship site, where they design programmes for "
                        "jobseekers, workers and students and help starters and "
                        "spin-offs grow. Building competences and acquiring a business "
                        "mindset go hand in hand.</li><li><b>An international flagship "
                        "at the heart of Europe.</b> The campus is meant to attract "
                        "new investment and help the health and biotech valley of "
                        "Wallonia and Belgium keep growing.</li><li><b>Closing the gap "
                        "between education and business.</b> As a new, eco-friendly "
                        "hub, it brings training and industry closer together and "
                        "speeds up business development, supporting the economic "
                        "recovery after COVID-19.</li></ul>"
                    ),
                ],
                [
                    "heading",
                    "Why a new campus?",
                ],
                [
                    "paragraph",
                    (
                        "<p>What holds back the region's biotech industry most today "
                        "is a shortage of trained people. Wallonia is expected to gain "
                        "some 2,400 direct jobs within three years, and job growth "
                        "over the next ten years is put at 10,000 direct and indirect "
                        "jobs.</p>"
                    ),
                ],
                [
                    "key_figures",
                    [
                        {
                            "value": "2,400",
                            "label": (
                                "Direct jobs to be created in Wallonia within three "
                                "years"
                            ),
                        },
                        {
                            "value": "10,000",
                            "label": "Direct and indirect jobs expected over ten years",
                        },
                        {
                            "value": "20 years",
                            "label": "Horizon for keeping the industry competitive",
                        },
                    ],
                ],
                [
                    "paragraph",
                    (
                        "<p>The EU Biotech Campus complements the training initiatives "
                        "that already exist. It prepares people for the technologies "
                        "of tomorrow's biomanufacturing (automation, digitalisation, "
                        "miniaturisation and next-generation bioprocesses) so that "
                        "they are ready to produce advanced therapy medicinal "
                        "products, including cell and gene therapies, as well as "
                        "vaccines and diagnostics. The aim is to help the biotech and "
                        "biopharma industry stay competitive for the next 20 "
                        "years.</p>"
                    ),
                ],
                [
                    "paragraph",
                    (
                        "<p>The Biopark in Gosselies was chosen because it is central "
                        "and easy to reach, sits inside an established biotech "
                        "ecosystem and is close to Brussels South Charleroi airport, "
                        "with its international connections.</p>"
                    ),
                ],
                [
                    "heading",
                    "Four pillars",
                ],
                [
                    "paragraph",
                    (
                        "<p>The campus organises its training offer around four "
                        "pillars.</p>"
                    ),
                ],
                [
                    "heading",
                    "1. STEM immersion",
                ],
                [
                    "paragraph",
                    (
                        "<p>Making students and jobseekers aware of the opportunities "
                        "in the health and biotech sector, and introducing business "
                        "leaders to emerging therapies. An immersive experience uses "
                        "the latest digital tools (films, virtual reality, a digital "
                        "twin academy, interactive exhibitions and workshops) to show "
                        "what biotechnology brings to society.</p>"
                    ),
                ],
                [
                    "heading",
                    "2. Biomanufacturing and supply chain",
                ],
                [
                    "paragraph",
                    (
                        "<p>Training that answers market needs not yet covered today, "
                        "with top-level courses on the next generation of "
                        "biomanufacturing: connected production lines, cobotics and "
                        "robotics, automated processes, remote digital monitoring, and "
                        "voice commands and reporting.</p>"
                    ),
                ],
                [
                    "heading",
                    "3. Data and digital",
                ],
                [
                    "paragraph",
                    (
                        "<p>Courses that support the digital shift, with a focus on "
                        "new jobs and the skills they require, such as IT and OT "
                        "skills, process skills, analytics, artificial intelligence "
                        "and machine learning. Participants also learn how data "
                        "management can improve and optimise innovation and "
                        "manufacturing processes.</p>"
                    ),
                ],
                [
                    "heading",
                    "4. Soft skills and mini MBA",
                ],
                [
                    "paragraph",
                    (
                        "<p>Helping founders develop a business mindset so that their "
                        "young companies put down lasting roots in Wallonia, and "
                        "raising the skills of business leaders. The pillar covers "
                        "middle-management training and an MBA designed for the life "
                        "sciences, giving innovative researchers a grounding in "
                        "business and management.</p>"
                    ),
                ],
            ],
            "fr": [
                [
                    "heading",
                    "Trois missions",
                ],
                [
                    "paragraph",
                    (
                        "<p>L'EU Biotech Campus est un centre de formation et un "
                        "accélérateur d'entreprises où plusieurs opérateurs "
                        "travaillent côte à côte pour développer les talents, les "
                        "compétences et les entreprises de l'industrie des "
                        "biotechnologies et de la santé. Ses infrastructures et "
                        "services de pointe sont ouverts aux étudiants et demandeurs "
                        "d'emploi de la région, de Belgique, d'Europe et d'ailleurs, "
                        "ainsi qu'aux académiques, spin-offs, start-ups, scale-ups et "
                        "multinationales. Son action répond à trois missions "
                        ":</p><ul><li><b>Stimuler la fertilisation croisée.</b> Des "
                        "opérateurs de formation et des accélérateurs d'entreprises "
                        "locaux et européens se partagent un même lieu phare, où ils "
                        "conçoivent des programmes pour les demandeurs d'emploi, les "
                        "travailleurs et les étudiants, et aident les jeunes pousses "
                        "et les spin-offs à grandir. Acquérir des compétences et "
                        "développer un esprit d'entreprise vont de pair.</li><li><b>Un "
                        "fleuron international au cœur de l'Europe.</b> Le campus doit "
                        "attirer de nouveaux investissements et contribuer à la "
                        "croissance de la vallée de la santé et des biotechnologies en "
                        "Wallonie et en Belgique.</li><li><b>Rapprocher l'enseignement "
                        "et l'entreprise.</b> Pôle nouveau et respectueux de "
                        "l'environnement, il rapproche formation et industrie et "
                        "accélère le développement des entreprises, au service de la "
                        "relance économique après la crise du COVID-19.</li></ul>"
                    ),
                ],
                [
                    "heading",
                    "Pourquoi un nouveau campus ?",
                ],
                [
                    "paragraph",
                    (
                        "<p>Aujourd'hui, le principal frein au développement du "
                        "secteur biotechnologique dans la région est le manque de "
                        "personnel formé. Quelque 2 400 emplois directs doivent être "
                        "créés en Région wallonne au cours des trois prochaines "
                        "années, et la croissance de l'emploi sur dix ans est estimée "
                        "à 10 000 emplois directs et indirects.</p>"
                    ),
                ],
                [
                    "key_figures",
                    [
                        {
                            "value": "2 400",
                            "label": (
                                "Emplois directs à créer en Wallonie d'ici trois ans"
                            ),
                        },
                        {
                            "value": "10 000",
                            "label": (
                                "Emplois directs et indirects attendus sur dix ans"
                            ),
                        },
                        {
                            "value": "20 ans",
                            "label": (
                                "Horizon pour préserver la compétitivité du secteur"
                            ),
                        },
                    ],
                ],
                [
                    "paragraph",
                    (
                        "<p>L'EU Biotech Campus vient compléter les initiatives de "
                        "formation existantes. Il prépare aux technologies de la "
                        "bioproduction de demain (automatisation, numérisation, "
                        "miniaturisation et bioprocédés de nouvelle génération) pour "
                        "produire des médicaments de thérapie innovante, dont les "
                        "thérapies cellulaires et géniques, ainsi que des vaccins et "
                        "des diagnostics. L'objectif : aider l'industrie biotech et "
                        "biopharmaceutique à rester compétitive pendant les 20 "
                        "prochaines années.</p>"
                    ),
                ],
                [
                    "paragraph",
                    (
                        "<p>Le Biopark de Gosselies a été retenu parce qu'il est "
                        "central et facile d'accès, qu'il se trouve au cœur d'un "
                        "écosystème biotech existant et qu'il est proche de l'aéroport "
                        "de Charleroi Bruxelles-Sud et de ses liaisons "
                        "internationales.</p>"
                    ),
                ],
                [
                    "heading",
                    "Quatre piliers",
                ],
                [
                    "paragraph",
                    (
                        "<p>Le campus organise son offre de formation autour de quatre "
                        "piliers.</p>"
                    ),
                ],
                [
                    "heading",
                    "1. Immersion STEM",
                ],
                [
                    "paragraph",
                    (
                        "<p>Faire découvrir aux étudiants et aux demandeurs d'emploi "
                        "les débouchés du secteur de la santé et des biotechnologies, "
                        "et familiariser les dirigeants d'entreprise avec les "
                        "thérapies émergentes. Une expérience immersive s'appuie sur "
                        "les outils numériques les plus récents (films, réalité "
                        "virtuelle, digital twin academy, muséographie et ateliers "
                        "interactifs) pour montrer l'apport des biotechnologies à la "
                        "société.</p>"
                    ),
                ],
                [
                    "heading",
                    "2. Bioproduction et chaîne d'approvisionnement",
                ],
                [
                    "paragraph",
                    (
                        "<p>Des formations qui répondent à des besoins du marché "
                        "encore non couverts, avec un enseignement de haut niveau sur "
                        "la bioproduction de nouvelle génération : lignes de "
                        "production connectées, cobotique et robotique, procédés "
                        "automatisés, surveillance numérique à distance, commandes et "
                        "rapports vocaux.</p>"
                    ),
                ],
                [
                    "heading",
                    "3. Données et numérique",
                ],
                [
                    "paragraph",
                    (
                        "<p>Des formations qui accompagnent la transformation "
                        "numérique en misant sur les nouvelles compétences et les "
                        "nouveaux métiers : compétences IT et OT, maîtrise des "
                        "procédés, analyse de données, intelligence artificielle et "
                        "apprentissage automatique. Les participants apprennent aussi "
                        "comment la gestion des données peut améliorer et optimiser "
                        "l'innovation et les procédés de production.</p>"
                    ),
                ],
                [
                    "heading",
                    "4. Soft skills et mini MBA",
                ],
                [
                    "paragraph",
                    (
                        "<p>Aider les fondateurs à développer un esprit d'entreprise "
                        "pour que leurs jeunes sociétés s'ancrent durablement en "
                        "Wallonie, et renforcer les compétences des dirigeants. Ce "
                        "pilier comprend des formations pour cadres intermédiaires et "
                        "un MBA conçu pour les sciences de la vie, qui initie les "
                        "chercheurs innovants aux bases de la gestion et des "
                        "affaires.</p>"
                    ),
                ],
            ],
            "nl": [
                [
                    "heading",
                    "Drie missies",
                ],
                [
                    "paragraph",
                    (
                        "<p>De EU Biotech Campus is een opleidingscentrum en "
                        "bedrijfsversneller waar verschillende operatoren zij aan zij "
                        "werken aan talent, vaardigheden en bedrijven in de biotech- "
                        "en gezondheidssector. De geavanceerde infrastructuur en "
                        "diensten staan open voor studenten en werkzoekenden uit de "
                        "regio, België, Europa en daarbuiten, en voor academici, "
                        "spin-offs, start-ups, scale-ups en multinationals. De werking "
                        "volgt drie missies:</p><ul><li><b>Kruisbestuiving "
                        "stimuleren.</b> Lokale en Europese opleidingsverstrekkers en "
                        "bedrijfsversnellers delen één vlaggenschiplocatie, waar ze "
                        "programma's uitwerken voor werkzoekenden, werknemers en "
                        "studenten en starters en spin-offs helpen groeien. "
                        "Competenties opbouwen en ondernemerszin ontwikkelen gaan er "
                        "hand in hand.</li><li><b>Een internationaal vlaggenschip in "
                        "het hart van Europa.</b> De campus moet nieuwe investeringen "
                        "aantrekken en de health- en biotechvallei in Wallonië en "
                        "België verder laten groeien.</li><li><b>De kloof tussen "
                        "onderwijs en bedrijfsleven dichten.</b> Als nieuwe, "
                        "milieuvriendelijke hub brengt de campus opleiding en "
                        "industrie dichter bij elkaar en versnelt hij de "
                        "bedrijfsontwikkeling, als hefboom voor het economische "
                        "herstel na COVID-19.</li></ul>"
                    ),
                ],
                [
                    "heading",
                    "Waarom een nieuwe campus?",
                ],
                [
                    "paragraph",
                    (
                        "<p>Het grootste obstakel voor de groei van de biotechsector "
                        "in de regio is vandaag het gebrek aan opgeleide mensen. In "
                        "het Waals Gewest zouden de komende drie jaar zo'n 2.400 "
                        "directe banen bijkomen, en over tien jaar wordt een groei van "
                        "10.000 directe en indirecte banen verwacht.</p>"
                    ),
                ],
                [
                    "key_figures",
                    [
                        {
                            "value": "2.400",
                            "label": "Directe banen in Wallonië binnen drie jaar",
                        },
                        {
                            "value": "10.000",
                            "label": (
                                "Directe en indirecte banen verwacht over tien jaar"
                            ),
                        },
                        {
                            "value": "20 jaar",
                            "label": "Horizon om de sector concurrentieel te houden",
                        },
                    ],
                ],
                [
                    "paragraph",
                    (
                        "<p>De EU Biotech Campus vult de bestaande "
                        "opleidingsinitiatieven aan. Hij bereidt mensen voor op de "
                        "technologie van de bioproductie van morgen (automatisering, "
                        "digitalisering, miniaturisering en bioprocessen van de "
                        "volgende generatie), zodat ze klaar zijn om geneesmiddelen "
                        "voor geavanceerde therapie te produceren, waaronder cel- en "
                        "gentherapieën, maar ook vaccins en diagnostica. Het doel: de "
                        "biotech- en biofarma-industrie de komende 20 jaar "
                        "concurrentieel houden.</p>"
                    ),
                ],
                [
                    "paragraph",
                    (
                        "<p>Er werd voor het Biopark in Gosselies gekozen omdat het "
                        "centraal en vlot bereikbaar ligt, midden in een bestaand "
                        "biotechecosysteem, en dicht bij de luchthaven Brussels South "
                        "Charleroi met haar internationale verbindingen.</p>"
                    ),
                ],
                [
                    "heading",
                    "Vier pijlers",
                ],
                [
                    "paragraph",
                    (
                        "<p>De campus bouwt zijn opleidingsaanbod op rond vier "
                        "pijlers.</p>"
                    ),
                ],
                [
                    "heading",
                    "1. STEM-immersie",
                ],
                [
                    "paragraph",
                    (
                        "<p>Studenten en werkzoekenden laten kennismaken met de kansen "
                        "in de gezondheids- en biotechsector, en bedrijfsleiders "
                        "vertrouwd maken met nieuwe therapieën. Een immersieve "
                        "beleving met de nieuwste digitale middelen (films, virtual "
                        "reality, een digital twin academy, interactieve "
                        "tentoonstellingen en workshops) toont wat biotechnologie "
                        "betekent voor de samenleving.</p>"
                    ),
                ],
                [
                    "heading",
                    "2. Bioproductie en toeleveringsketen",
                ],
                [
                    "paragraph",
                    (
                        "<p>Opleidingen voor marktbehoeften die vandaag nog niet "
                        "worden ingevuld, met onderwijs van topniveau over de volgende "
                        "generatie bioproductie: geconnecteerde productielijnen, "
                        "cobotica en robotica, geautomatiseerde processen, digitale "
                        "monitoring op afstand, en spraakgestuurde bediening en "
                        "rapportering.</p>"
                    ),
                ],
                [
                    "heading",
                    "3. Data en digitaal",
                ],
                [
                    "paragraph",
                    (
                        "<p>Opleidingen die de digitale transformatie ondersteunen met "
                        "de nadruk op nieuwe vaardigheden en functies, zoals IT- en "
                        "OT-vaardigheden, procesvaardigheden, data-analyse, "
                        "artificiële intelligentie en machine learning. Deelnemers "
                        "leren ook hoe databeheer innovatie en productieprocessen kan "
                        "verbeteren en optimaliseren.</p>"
                    ),
                ],
                [
                    "heading",
                    "4. Soft skills en mini-MBA",
                ],
                [
                    "paragraph",
                    (
                        "<p>Starters helpen om een ondernemersmentaliteit te "
                        "ontwikkelen, zodat hun jonge bedrijven zich duurzaam in "
                        "Wallonië verankeren, en de vaardigheden van bedrijfsleiders "
                        "aanscherpen. Deze pijler omvat opleidingen voor middenkader "
                        "en een MBA op maat van de life sciences, die innovatieve "
                        "onderzoekers vertrouwd maakt met de basis van bedrijfs- en "
                        "managementkunde.</p>"
                    ),
                ],
            ],
        },
    },
    {
        "key": "health-sciences-campus-leuven",
        "slug": {
            "en": "health-sciences-campus-gasthuisberg",
            "fr": "campus-sciences-de-la-sante-gasthuisberg",
            "nl": "campus-gezondheidswetenschappen-gasthuisberg",
        },
        "title": {
            "en": "Health Sciences campus Gasthuisberg, Leuven",
            "fr": "Le campus des sciences de la santé de Gasthuisberg, à Louvain",
            "nl": "Campus Gezondheidswetenschappen Gasthuisberg, Leuven",
        },
        "introduction": {
            "en": (
                "On the edge of Leuven, the 75-hectare Gasthuisberg campus brings a "
                "university hospital and a large biomedical research community "
                "together on a single site."
            ),
            "fr": (
                "Aux portes de Louvain, le campus de Gasthuisberg réunit sur 75 "
                "hectares un hôpital universitaire et une vaste communauté de "
                "recherche biomédicale."
            ),
            "nl": (
                "Aan de rand van Leuven brengt de campus Gasthuisberg op 75 hectare "
                "een universitair ziekenhuis en een grote biomedische "
                "onderzoeksgemeenschap samen."
            ),
        },
        "body": {
            "en": [
                [
                    "paragraph",
                    (
                        "<p>The Health Sciences campus Gasthuisberg lies at the edge "
                        "of Leuven, a historic university city in the middle of "
                        "Europe. On its 75-hectare site, one of Europe's largest "
                        "centres for medicine, biomedical research and training has "
                        "taken shape.</p>"
                    ),
                ],
                [
                    "key_figures",
                    [
                        {
                            "value": "75 ha",
                            "label": "Health Sciences campus Gasthuisberg",
                        },
                        {
                            "value": "Nearly 10,000",
                            "label": "UZ Leuven employees",
                        },
                    ],
                ],
                [
                    "heading",
                    "More than a set of buildings",
                ],
                [
                    "paragraph",
                    (
                        "<p>The campus is where scientists, doctors, researchers, "
                        "nurses, students and lecturers work together on innovative "
                        "healthcare. Science, patient care, education and "
                        "entrepreneurship meet here and strengthen one another through "
                        "constant cross-pollination.</p>"
                    ),
                ],
                [
                    "heading",
                    "Two pivotal partners",
                ],
                [
                    "paragraph",
                    (
                        "<p>Two partners are at the centre of the campus, working "
                        "every day to understand diseases and to offer patients the "
                        "finest care they can.</p><p><b>UZ Leuven</b> provides highly "
                        "specialised hospital care. Its staff of nearly 10,000 makes "
                        "it Belgium's largest university hospital, and it leads the "
                        "way in many fields. Besides patient care and training, "
                        "academic research is one of its key tasks, and its close bond "
                        "with KU Leuven makes it world class in many medical and "
                        "biomedical research disciplines.</p><p>The <b>Biomedical "
                        "Sciences Group of KU Leuven</b> counts thousands of "
                        "researchers who play a prominent role in basic and applied "
                        "research, in Belgium and internationally.</p>"
                    ),
                ],
                [
                    "heading",
                    "Cross-pollination between clinic and research",
                ],
                [
                    "paragraph",
                    (
                        "<p>Scientists and doctors from around the world choose Leuven "
                        "because few places bring a hospital and research laboratories "
                        "this close together, or weave them together so tightly.</p>"
                    ),
                ],
                [
                    "paragraph",
                    (
                        "<p>Clinical research draws on basic research, and the reverse "
                        "is just as true. For researchers, the hospital is a valuable "
                        "source of inspiration, of blood and tissue samples and of "
                        "benchmarks. For doctors, the knowledge of basic researchers "
                        "is invaluable: it gives them solid scientific support in "
                        "finding the best treatment for their patients.</p>"
                    ),
                ],
                [
                    "heading",
                    "An innovation community",
                ],
                [
                    "paragraph",
                    (
                        "<p>Concentrating so much expertise, knowledge and research in "
                        "one place turns the campus into an innovation community whose "
                        "influence reaches far beyond it. Researchers of the "
                        "Biomedical Sciences Group also contribute to the work of "
                        "other leading institutions on the campus, such as <b>VIB</b> "
                        "and the <b>Rega Institute for Medical Research</b>, a world "
                        "leader in infectious diseases and immunology.</p>"
                    ),
                ],
            ],
            "fr": [
                [
                    "paragraph",
                    (
                        "<p>Au cœur de l'Europe, aux portes de la ville universitaire "
                        "historique de Louvain, se trouve le campus des sciences de la "
                        "santé de Gasthuisberg. Sur ce site de 75 hectares s'est "
                        "développé l'un des plus grands centres européens de médecine, "
                        "de recherche biomédicale et de formation.</p>"
                    ),
                ],
                [
                    "key_figures",
                    [
                        {
                            "value": "75 ha",
                            "label": "Campus des sciences de la santé de Gasthuisberg",
                        },
                        {
                            "value": "Près de 10 000",
                            "label": "Collaborateurs de l'UZ Leuven",
                        },
                    ],
                ],
                [
                    "heading",
                    "Bien plus qu'un ensemble de bâtiments",
                ],
                [
                    "paragraph",
                    (
                        "<p>Sur ce campus, scientifiques, médecins, chercheurs, "
                        "infirmiers, étudiants et enseignants travaillent ensemble à "
                        "des soins de santé innovants. Science, soins aux patients, "
                        "enseignement et esprit d'entreprise s'y rencontrent et se "
                        "renforcent mutuellement grâce à une fertilisation croisée "
                        "permanente.</p>"
                    ),
                ],
                [
                    "heading",
                    "Deux partenaires clés",
                ],
                [
                    "paragraph",
                    (
                        "<p>Deux partenaires sont au cœur du campus et s'attachent "
                        "chaque jour à comprendre les maladies et à offrir aux "
                        "patients les meilleurs soins possibles.</p><p>L'<b>UZ "
                        "Leuven</b> est un hôpital universitaire hautement spécialisé. "
                        "Avec près de 10 000 collaborateurs, c'est le plus grand "
                        "hôpital universitaire de Belgique et une référence dans de "
                        "nombreux domaines. Outre les soins et la formation, la "
                        "recherche académique fait partie de ses missions "
                        "essentielles, et ses liens étroits avec la KU Leuven le "
                        "placent au meilleur niveau mondial dans de nombreuses "
                        "disciplines de la recherche médicale et biomédicale.</p><p>Le "
                        "<b>Groupe des sciences biomédicales de la KU Leuven</b> "
                        "compte des milliers de chercheurs qui jouent un rôle de "
                        "premier plan en recherche fondamentale et appliquée, en "
                        "Belgique comme à l'international.</p>"
                    ),
                ],
                [
                    "heading",
                    "Fertilisation croisée entre clinique et recherche",
                ],
                [
                    "paragraph",
                    (
                        "<p>Des scientifiques et des médecins du monde entier "
                        "choisissent Louvain, car rares sont les endroits où hôpital "
                        "et laboratoires de recherche sont aussi proches et aussi "
                        "étroitement imbriqués.</p>"
                    ),
                ],
                [
                    "paragraph",
                    (
                        "<p>La recherche clinique s'inspire de la recherche "
                        "fondamentale, et inversement. Pour les chercheurs, l'hôpital "
                        "est une précieuse source d'inspiration, d'échantillons de "
                        "sang et de tissus et de points de comparaison. Pour les "
                        "médecins, le savoir des chercheurs fondamentaux est "
                        "inestimable : il leur apporte un appui scientifique solide "
                        "dans la recherche du meilleur traitement pour leurs "
                        "patients.</p>"
                    ),
                ],
                [
                    "heading",
                    "Une communauté d'innovation",
                ],
                [
                    "paragraph",
                    (
                        "<p>En concentrant autant d'expertise, de connaissances et de "
                        "recherche en un seul lieu, le campus est devenu une "
                        "communauté d'innovation dont le rayonnement dépasse largement "
                        "ses limites. Les chercheurs du Groupe des sciences "
                        "biomédicales contribuent aussi aux travaux d'autres "
                        "institutions de renom présentes sur le campus, comme le "
                        "<b>VIB</b> et l'<b>Institut Rega de recherche médicale</b>, "
                        "leader mondial dans le domaine des maladies infectieuses et "
                        "de l'immunologie.</p>"
                    ),
                ],
            ],
            "nl": [
                [
                    "paragraph",
                    (
                        "<p>In het hart van Europa, aan de rand van de historische "
                        "universiteitsstad Leuven, ligt de campus "
                        "Gezondheidswetenschappen Gasthuisberg. Op dit domein van 75 "
                        "hectare groeide een van de grootste Europese centra voor "
                        "geneeskunde, biomedisch onderzoek en opleiding.</p>"
                    ),
                ],
                [
                    "key_figures",
                    [
                        {
                            "value": "75 ha",
                            "label": (
                                "Campus Gezondheids\u00adwetenschappen Gasthuisberg"
                            ),
                        },
                        {
                            "value": "Bijna 10.000",
                            "label": "Medewerkers van UZ Leuven",
                        },
                    ],
                ],
                [
                    "heading",
                    "Meer dan een verzameling gebouwen",
                ],
                [
                    "paragraph",
                    (
                        "<p>Op de campus werken wetenschappers, artsen, onderzoekers, "
                        "verpleegkundigen, studenten en docenten samen aan innovatieve "
                        "gezondheidszorg. Wetenschap, patiëntenzorg, onderwijs en "
                        "ondernemerschap komen er samen en versterken elkaar dankzij "
                        "een voortdurende kruisbestuiving.</p>"
                    ),
                ],
                [
                    "heading",
                    "Twee spilfiguren",
                ],
                [
                    "paragraph",
                    (
                        "<p>Twee partners staan centraal op de campus en zetten zich "
                        "elke dag in om ziekten te doorgronden en patiënten de best "
                        "mogelijke zorg te bieden.</p><p><b>UZ Leuven</b> is een "
                        "hooggespecialiseerd universitair ziekenhuis. Met bijna 10.000 "
                        "medewerkers is het het grootste universitaire ziekenhuis van "
                        "België en in veel domeinen toonaangevend. Naast patiëntenzorg "
                        "en opleiding is academisch onderzoek een kernopdracht, en "
                        "dankzij de nauwe band met KU Leuven behoort het in heel wat "
                        "medische en biomedische onderzoeksdisciplines tot de "
                        "wereldtop.</p><p>De <b>Groep Biomedische Wetenschappen van KU "
                        "Leuven</b> telt duizenden onderzoekers die nationaal en "
                        "internationaal een vooraanstaande rol spelen in fundamenteel "
                        "en toegepast onderzoek.</p>"
                    ),
                ],
                [
                    "heading",
                    "Kruisbestuiving tussen kliniek en onderzoek",
                ],
                [
                    "paragraph",
                    (
                        "<p>Wetenschappers en artsen uit de hele wereld kiezen voor "
                        "Leuven, omdat er maar weinig plaatsen zijn waar ziekenhuis en "
                        "onderzoekslabo's zo dicht bij elkaar liggen en zo sterk met "
                        "elkaar verweven zijn.</p>"
                    ),
                ],
                [
                    "paragraph",
                    (
                        "<p>Klinisch onderzoek haalt inspiratie uit fundamenteel "
                        "onderzoek, en omgekeerd. Voor onderzoekers is het ziekenhuis "
                        "een waardevolle bron van inspiratie, van bloed- en "
                        "weefselstalen en van referentiegegevens. Voor artsen is de "
                        "kennis van fundamentele onderzoekers onbetaalbaar: ze biedt "
                        "hen stevige wetenschappelijke onderbouwing bij de zoektocht "
                        "naar de beste behandeling voor hun patiënten.</p>"
                    ),
                ],
                [
                    "heading",
                    "Een innovatiegemeenschap",
                ],
                [
                    "paragraph",
                    (
                        "<p>Door zoveel expertise, kennis en onderzoek op één plek te "
                        "bundelen, is de campus een innovatiegemeenschap geworden die "
                        "ver buiten haar grenzen uitstraalt. Onderzoekers van de Groep "
                        "Biomedische Wetenschappen dragen ook bij aan het werk van "
                        "andere gerenommeerde instellingen op de campus, zoals "
                        "<b>VIB</b> en het <b>Rega Instituut voor Medisch "
                        "Onderzoek</b>, wereldleider op het gebied van infectieziekten "
                        "en immunologie.</p>"
                    ),
                ],
            ],
        },
    },
]
