"""Invented names, places and resource names for the demo register. Synthetic data only.

First and last names are grouped by background so that a generated person's names usually go together, in
rough proportion to the population that BOOST's three communes serve. Street names are real Brussels streets
(house numbers are invented by the generator); resource names combine generic words with places, except for
public institutions and large organisations, whose real names are fine since they are not people.
"""

from __future__ import annotations

# background -> (weight, female first names, male first names, last names)
NAME_GROUPS: dict[str, tuple[int, tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "belge_fr": (30, (
        "Jeannine", "Monique", "Christiane", "Nicole", "Martine", "Françoise", "Isabelle", "Sylvie",
        "Catherine",
        "Chantal", "Nathalie", "Véronique", "Sophie", "Julie", "Camille", "Marguerite", "Simone", "Yvonne",
        "Paulette", "Josiane", "Ghislaine", "Denise", "Huguette", "Brigitte", "Micheline", "Sandrine",
    ), (
        "Jean", "Pierre", "Michel", "André", "Jacques", "Marcel", "Roger", "Georges", "Albert", "Guy",
        "Claude",
        "Daniel", "Philippe", "Patrick", "Marc", "Didier", "Thierry", "Éric", "Olivier", "Julien",
        "Jean-Pierre",
        "Fernand", "Raymond", "Christian",
    ), (
        "Dubois", "Lambert", "Dupont", "Martin", "Simon", "Laurent", "Lefebvre", "Leclercq", "Dumont",
        "Renard",
        "Lemaire", "Lecocq", "Dupuis", "Collard", "Delvaux", "Denis", "Gérard", "Charlier", "Lejeune",
        "Thiry",
        "Massart", "Piette", "Henrard", "Bastin", "Marchal", "Gilson", "Hubert", "François", "Mathieu",
        "Noël",
        "Bertrand", "Leroy", "Mercier", "Dewez", "Fontaine",
    )),
    "belge_nl": (14, (
        "An", "Els", "Griet", "Hilde", "Lieve", "Katrien", "Marleen", "Ingrid", "Annemie", "Veerle",
        "Godelieve",
    ), (
        "Jan", "Dirk", "Koen", "Wim", "Geert", "Pieter", "Bart", "Stefaan", "Jozef", "Frans", "Luc",
    ), (
        "Peeters", "Janssens", "Maes", "Jacobs", "Willems", "Claes", "Goossens", "Wuyts", "De Smet",
        "Vermeulen",
        "Van den Bossche", "Van Damme", "Verstraeten", "Dewitte", "Lemmens", "Claessens", "Michiels",
        "Mertens",
        "Van de Velde", "Hendrickx", "Segers", "Verhaegen", "Coppens", "De Backer", "Vandenberghe",
        "Vandenbroucke", "Smets", "Aerts", "Stevens", "Wouters", "Hermans",
    )),
    "maghreb": (22, (
        "Fatima", "Khadija", "Samira", "Nadia", "Rachida", "Malika", "Latifa", "Naïma", "Zineb", "Houda",
        "Amina",
        "Soumaya", "Leïla", "Aïcha", "Hafsa", "Saida", "Yamina",
    ), (
        "Mohamed", "Ahmed", "Karim", "Rachid", "Abdelkader", "Youssef", "Hassan", "Omar", "Saïd", "Brahim",
        "Mehdi", "Khalid", "Mustapha", "Driss", "Abdellah", "Nordine",
    ), (
        "El Amrani", "Benali", "El Idrissi", "Bouzid", "Ouali", "Bensaïd", "El Khattabi", "Boukhari",
        "Azzouzi",
        "Cherkaoui", "Tahiri", "El Fassi", "Mansouri", "Bakkali", "Zerouali", "Belhadj", "Chaoui", "Lahlou",
        "Ziani", "El Ouardi", "Benjelloun", "Haddouchi", "Aït Ouali", "Rahmouni",
    )),
    "turc": (10, (
        "Ayşe", "Fatma", "Emine", "Hatice", "Zeynep", "Elif", "Sevgi", "Gülay", "Meryem",
    ), (
        "Mehmet", "Ahmet", "Hüseyin", "Ali", "İbrahim", "Osman", "Kemal", "Hasan", "Murat",
    ), (
        "Yılmaz", "Demir", "Kaya", "Şahin", "Çelik", "Aydın", "Öztürk", "Arslan", "Doğan", "Kılıç", "Aksoy",
        "Koç", "Polat", "Yıldız",
    )),
    "afrique_centrale": (8, (
        "Mireille", "Béatrice", "Clémentine", "Espérance", "Bijou", "Grâce", "Dorcas", "Solange",
    ), (
        "Jean-Claude", "Joseph", "Emmanuel", "Patrice", "Fiston", "Dieudonné", "Serge", "Trésor",
    ), (
        "Mbuyi", "Kabasele", "Lukusa", "Tshibanda", "Ilunga", "Kalonji", "Mukendi", "Nsimba", "Makiese",
        "Lusamba", "Mputu", "Kasongo", "Mulumba", "Ngoy",
    )),
    "afrique_ouest": (4, (
        "Fatoumata", "Awa", "Mariam", "Aminata", "Kadiatou",
    ), (
        "Mamadou", "Ibrahima", "Moussa", "Ousmane", "Abdoulaye",
    ), (
        "Diallo", "Bah", "Barry", "Traoré", "Sow", "Ndiaye", "Camara", "Keïta",
    )),
    "europe_est": (6, (
        "Agnieszka", "Katarzyna", "Ioana", "Elena", "Magdalena", "Mihaela",
    ), (
        "Marek", "Piotr", "Tomasz", "Ion", "Vasile", "Andrei", "Dariusz",
    ), (
        "Kowalski", "Nowak", "Wiśniewski", "Popescu", "Ionescu", "Dumitru", "Stan", "Zielinski",
    )),
    "europe_sud": (6, (
        "Maria", "Ana", "Rosa", "Carmen", "Lucía", "Giuseppina", "Teresa", "Conceição",
    ), (
        "Antonio", "José", "Manuel", "Giovanni", "Salvatore", "Francesco", "Georgios", "Jorge",
    ), (
        "Fernandes", "Gómez", "Martínez", "García", "Rodrigues", "Da Silva", "Pereira", "Russo", "Esposito",
        "Romano", "Lombardi", "Costa", "Santos", "Papadopoulos",
    )),
}

FEMALE_FIRST_NAMES: tuple[str, ...] = tuple(name for g in NAME_GROUPS.values() for name in g[1])
MALE_FIRST_NAMES: tuple[str, ...] = tuple(name for g in NAME_GROUPS.values() for name in g[2])
LAST_NAMES: tuple[str, ...] = tuple(name for g in NAME_GROUPS.values() for name in g[3])

# Languages a person of each background may speak besides French (shown in the person's "languages" field).
GROUP_LANGUAGES = {
    "belge_fr": ("français",), "belge_nl": ("néerlandais, français", "français, néerlandais"),
    "maghreb": ("arabe, français", "français", "berbère, arabe", "arabe"),
    "turc": ("turc, un peu de français", "turc, français"), "afrique_centrale": ("français, lingala",
    "français"),
    "afrique_ouest": ("français, peul", "français, wolof"), "europe_est": ("polonais", "roumain, français"),
    "europe_sud": ("espagnol, français", "portugais, français", "italien, français", "grec, français"),
}

# The 19 communes of the Brussels-Capital Region with their main postcode.
COMMUNES: dict[str, str] = {
    "Anderlecht": "1070", "Auderghem": "1160", "Berchem-Sainte-Agathe": "1082", "Bruxelles": "1000",
    "Etterbeek": "1040", "Evere": "1140", "Forest": "1190", "Ganshoren": "1083", "Ixelles": "1050",
    "Jette": "1090", "Koekelberg": "1081", "Molenbeek-Saint-Jean": "1080", "Saint-Gilles": "1060",
    "Saint-Josse-ten-Noode": "1210", "Schaerbeek": "1030", "Uccle": "1180", "Watermael-Boitsfort": "1170",
    "Woluwe-Saint-Lambert": "1200", "Woluwe-Saint-Pierre": "1150",
}
BOOST_COMMUNES: tuple[str, ...] = ("Bruxelles", "Saint-Josse-ten-Noode", "Saint-Gilles")

# Streets of BOOST's three communes, and streets used for the other communes (French and Dutch forms).
STREETS: dict[str, tuple[str, ...]] = {
    "Bruxelles": (
        "Rue Haute", "Rue Blaes", "Rue des Tanneurs", "Rue de Flandre", "Rue de Laeken", "Rue du Midi",
        "Rue des Chartreux", "Boulevard de Dixmude", "Rue Antoine Dansaert", "Rue de la Prévoyance",
        "Rue Saint-Ghislain", "Rue Notre-Dame du Sommeil", "Rue des Minimes", "Hoogstraat", "Vlaamsesteenweg",
    ),
    "Saint-Gilles": (
        "Rue de la Victoire", "Chaussée de Waterloo", "Rue de Mérode", "Avenue Jean Volders", "Rue de Moscou",
        "Rue Théodore Verhaegen", "Chaussée de Forest", "Rue de l’Hôtel des Monnaies", "Rue d’Écosse",
        "Rue Vanderschrick", "Rue de Danemark", "Rue de Parme", "Rue Émile Féron", "Waterloosesteenweg",
    ),
    "Saint-Josse-ten-Noode": (
        "Rue de la Limite", "Rue de l’Union", "Rue des Deux Églises", "Rue Saint-François",
        "Chaussée de Louvain",
        "Rue Verte", "Rue du Méridien", "Rue de Liedekerke", "Rue Traversière", "Rue Potagère",
        "Rue de l’Alliance", "Avenue de l’Astronomie", "Rue Gillon", "Leuvensesteenweg",
    ),
}
OTHER_STREETS: tuple[str, ...] = (
    "Avenue Louise", "Kerkstraat", "Stationsstraat", "Rue de la Station", "Chaussée de Gand",
    "Chaussée de Mons",
    "Chaussée d’Alsemberg", "Chaussée de Haecht", "Boulevard Lambermont", "Avenue de la Couronne",
    "Rue du Tilleul", "Lindenlaan", "Dorpstraat", "Molenstraat", "Rue des Alliés", "Avenue de Jette",
    "Chaussée de Wavre", "Rue de l’Église",
)

# Neighbourhoods and generic words that give invented organisations a plausible local name.
QUARTIERS: tuple[str, ...] = (
    "Marolles", "Midi", "Anneessens", "Dansaert", "Sainte-Catherine", "Béguinage", "Quartier Nord",
    "Botanique",
    "Madou", "Parvis", "Porte de Hal", "Barrière", "Bosnie", "Hôtel des Monnaies", "Saint-Josse", "Méridien",
    "Brabant", "Flagey", "Cureghem", "Heyvaert", "Bockstael", "Dailly", "Jourdan", "Châtelain", "Helmet",
    "Chasse", "Altitude Cent", "Wielemans", "Basilique", "Laeken",
)
QUARTIERS_BY_COMMUNE: dict[str, tuple[str, ...]] = {
    "Bruxelles": ("Marolles", "Midi", "Anneessens", "Dansaert", "Sainte-Catherine", "Béguinage",
    "Quartier Nord"),
    "Saint-Gilles": ("Parvis", "Porte de Hal", "Barrière", "Bosnie", "Hôtel des Monnaies"),
    "Saint-Josse-ten-Noode": ("Saint-Josse", "Méridien", "Madou", "Botanique", "Brabant"),
}
WORDS: tuple[str, ...] = (
    "Les Tilleuls", "L’Olivier", "Le Pont", "La Passerelle", "L’Entraide", "Le Relais", "Le Fil", "Horizon",
    "Le Phare", "Harmonie", "La Clé", "Les Marronniers", "Le Méridien", "Les Acacias", "Le Tournesol",
    "La Boussole", "Le Lien", "Trait d’Union", "L’Escale", "La Source", "Le Colibri", "Les Glycines",
    "Le Carrefour", "L’Ancre", "La Ruche", "Le Jardin", "Les Peupliers", "L’Arbre de Vie", "Le Cerisier",
    "La Maison Verte",
)

# resource type -> (category, weight in the large demo, name patterns). Placeholders: {commune}, {quartier},
# {word}, {street}. Categories are those of resources/vocab/resource_types.json.
RESOURCE_PATTERNS: dict[str, tuple[str, int, tuple[str, ...]]] = {
    "cpas": ("droits_administratif", 2, ("CPAS de {commune}", "CPAS de {commune} – antenne {quartier}")),
    "amu": ("acces_soins_precarite", 1, ("CPAS de {commune} – service aide médicale urgente",)),
    "mutualite": ("droits_administratif", 3, ("Mutualité – agence {quartier}",
    "Mutualité – agence {street}")),
    "as_mutuelle": ("droits_administratif", 3, ("Service social de la mutualité – {quartier}",
                                                "Mutualité, service social ({commune})")),
    "as_commune": ("droits_administratif", 1, ("Service social communal de {commune}",)),
    "centre_coordination": ("coordination", 3, ("Centre de coordination de soins à domicile {word}",
                                                "Coordination de soins et services à domicile {quartier}")),
    "case_manager": ("coordination", 2, ("Case management {word}", "Service de case management – {commune}")),
    "projets_quartier": ("activites_socioculturelles", 4, ("Projet de quartier {quartier}",
                                                           "Maison de quartier {word}",
                                                           "Contrat de quartier {quartier}")),
    "zoom_seniors": ("activites_socioculturelles", 1, ("Zoom Seniors – {commune}",)),
    "referent_hospitalier": ("liaison_hopital", 2, ("Référent hospitalier – CHU Saint-Pierre",
                                                    "Référent hospitalier – Hôpital {word}",
                                                    "Liaison hospitalière – Clinique {word}")),
    "as_hospitalier": ("liaison_hopital", 2, ("Service social hospitalier – Hôpital {word}",
                                              "Service social – Clinique {quartier}")),
    "hopital": ("liaison_hopital", 1, ("Hôpital {word}", "Clinique {quartier}")),
    "mrs": ("aide_domicile", 3, ("Résidence {word}", "Maison de repos et de soins {word}",
    "Seniorie {quartier}")),
    "ssm": ("sante_mentale", 4, ("Service de santé mentale {word}", "SSM {quartier}")),
    "equipe_mobile_sm": ("sante_mentale", 2, ("Équipe mobile {word}",
    "Équipe mobile de santé mentale {quartier}")),
    "psy_premiere_ligne": ("sante_mentale", 3, ("Psychologues de première ligne {quartier}",
                                                "Cabinet de psychologie {word}")),
    "similes": ("sante_mentale", 1, ("Similes Bruxelles",)),
    "asso_accompagnement_psy": ("sante_mentale", 1, ("Association d’accompagnement {word}",)),
    "aide_familiale": ("aide_domicile", 5, ("Aide familiale {word}", "Service d’aide aux familles {quartier}",
                                            "Aides familiales et seniors {commune}")),
    "infirmiers_domicile": ("soins_infirmiers", 5, ("Soins infirmiers à domicile {word}",
                                                    "Infirmières à domicile {quartier}",
                                                    "Groupement infirmier {word}")),
    "ergotherapeute": ("paramedical", 2, ("Ergothérapie à domicile {word}",
    "Cabinet d’ergothérapie {quartier}")),
    "kine": ("paramedical", 3, ("Cabinet de kinésithérapie {quartier}", "Kiné {word}")),
    "dieteticien": ("paramedical", 2, ("Cabinet de diététique {quartier}", "Diététique {word}")),
    "pharmacien": ("paramedical", 3, ("Pharmacie {word}", "Pharmacie du {quartier}", "Pharmacie {street}")),
    "podologue": ("paramedical", 2, ("Podologie {word}", "Cabinet de podologie {quartier}")),
    "bandagiste": ("materiel_medical", 3, ("Bandagisterie {word}", "Orthopédie {quartier}",
                                           "Matériel médical {word}")),
    "interprete": ("interpretariat", 2, ("Service d’interprétariat social {word}",
                                         "Interprètes en milieu social – {commune}")),
    "club_sportif": ("sport", 3, ("Club de natation {quartier}", "Marche et vélo {word}",
                                  "Gym douce {word}", "Club sportif {quartier}")),
    "mg": ("medecine_generale", 4, ("Cabinet médical {quartier}", "Cabinet médical {street}",
                                    "Groupe médical {word}")),
    "maison_medicale": ("medecine_generale", 5, ("Maison médicale {word}", "Maison médicale {quartier}")),
    "poste_de_garde": ("medecine_generale", 1, ("Poste de garde de médecine générale {quartier}",)),
    "trajet_de_soins": ("education_therapeutique", 2, ("Trajet de soins diabète – {word}",
                                                       "Éducation au diabète {quartier}")),
    "educateur_diabete": ("education_therapeutique", 2, ("Éducateur en diabétologie – {word}",)),
    "reseau_diabete_bxl": ("education_therapeutique", 1, ("Réseau Diabète de Bruxelles",)),
    "rml_b": ("information_orientation", 1, ("RML-B – liste des éducateurs",)),
    "brusano": ("information_orientation", 1, ("Brusano",)),
    "bruxelles_social": ("information_orientation", 1, ("Bruxelles Social (répertoire en ligne)",)),
    "equipe_soutien_sp": ("soins_palliatifs", 2, ("Équipe de soutien en soins palliatifs {word}",)),
    "semiramis": ("soins_palliatifs", 1, ("Semiramis",)),
    "medecins_du_monde": ("acces_soins_precarite", 1, ("Médecins du Monde",
    "Médecins du Monde – permanence {quartier}")),
    "samu_social": ("acces_soins_precarite", 1, ("Samu social",)),
    "infirmiers_de_rue": ("acces_soins_precarite", 1, ("Infirmiers de rue",)),
    "croix_rouge": ("acces_soins_precarite", 1, ("Croix-Rouge – maison d’accueil {quartier}",)),
    "caritas": ("acces_soins_precarite", 1, ("Caritas – permanence sociale {quartier}",)),
    "abris_hebergement": ("acces_soins_precarite", 2, ("Centre d’hébergement {word}",
    "Abri de nuit {quartier}")),
    "associations_logement": ("logement", 4, ("Association pour le logement {word}",
    "Agence immobilière sociale {word}",
                                              "Logement et insertion {quartier}")),
    "appartements_supervises": ("logement", 1, ("Appartements supervisés {word}",)),
    "transport_local": ("transport", 2, ("Transport solidaire {word}", "Taxi social de {commune}")),
    "services_prevention": ("prevention", 1, ("Service de promotion de la santé {word}",)),
    "cours_de_francais_generic": ("activites_socioculturelles", 3, ("Cours de français {word}",
                                                                    "Alphabétisation {quartier}")),
}
