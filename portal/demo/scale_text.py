"""The words of the scaled demo (``load_demo --scale N``): experience sheets and events
written from a small vocabulary of the programme's world (themes, formats, places,
partners, publics), so that every catalogue filter and the full-text search have
realistic variety. Each text is drawn from a generator seeded with its index: the same
index always gives the same page, whatever the scale or the day."""

import datetime
import random

from django.utils.text import slugify

from pages.choices import EventAudience, EventCategory, FrameworkAnswer, TargetPublic

# Theme: (tag, what the action is about, a workshop or stand idea).
THEMES = [
    ("accès aux droits", "l'accès aux droits en santé", "ouvrir ses droits à l'Assurance maladie"),
    ("accès aux droits", "la complémentaire santé solidaire", "remplir son dossier de santé"),
    ("nutrition", "l'alimentation à petit budget", "cuisine petit budget"),
    ("nutrition", "les repas équilibrés en famille", "goûters sains pour les enfants"),
    ("santé mentale", "le bien-être et la santé mentale", "gestion du stress"),
    ("santé mentale", "l'isolement des personnes âgées", "café rencontre entre voisins"),
    ("santé sexuelle", "la santé sexuelle et la contraception", "santé des femmes"),
    ("vaccination", "la vaccination des enfants et des adultes", "carnet de vaccination"),
    ("dépistage", "le dépistage des cancers", "dépistage du cancer du sein"),
    ("dépistage", "le dépistage du diabète", "diabète et alimentation"),
    ("environnement", "la qualité de l'air intérieur", "fabrication de produits ménagers"),
    ("environnement", "les logements humides", "un logement sain"),
    ("activité physique", "l'activité physique au quotidien", "marche en groupe"),
    ("estime de soi", "l'estime de soi", "prendre soin de soi"),
    ("discriminations", "les refus de soins et les discriminations", "connaître ses recours"),
    ("premiers secours", "les gestes de premiers secours", "gestes qui sauvent"),
]
# Tags every kind of action may carry besides its theme.
CROSS_TAGS = [
    "participation",
    "aller-vers",
    "promotion de la santé",
    "habitants",
    "formation",
    "interprétariat",
]
FORMATS = [
    "Ateliers sur",
    "Stands d'information sur",
    "Un groupe de parole sur",
    "Des cafés santé sur",
    "Des balades santé sur",
    "Une permanence sur",
    "Un forum des habitants sur",
    "Du porte-à-porte sur",
    "Des ambassadrices formées sur",
]
# Places: (territory, pôle code or None, "in" phrase).
PLACES = [
    (
        "Ville de Lille – quartier du Faubourg de Béthune",
        "faubourg-de-bethune",
        "au Faubourg de Béthune",
    ),
    ("Ville de Lille – quartier de Fives", "fives", "à Fives"),
    ("Ville de Lille – quartier de Lille Sud", "lille-sud", "à Lille Sud"),
    ("Ville de Lille – quartier de Moulins", "moulins", "à Moulins"),
    ("Ville de Lille – quartier de Wazemmes", "wazemmes", "à Wazemmes"),
    ("Ville de Lille – cinq quartiers prioritaires", "*", "dans les quartiers de Lille"),
    ("Métropole européenne de Lille", None, "dans la métropole lilloise"),
    ("Ville de Roubaix", None, "à Roubaix"),
    ("Ville de Tourcoing", None, "à Tourcoing"),
    ("Ville de Villeneuve-d'Ascq", None, "à Villeneuve-d'Ascq"),
    ("Ville de Lens", None, "à Lens"),
    ("Ville de Valenciennes", None, "à Valenciennes"),
    ("Ville de Dunkerque", None, "à Dunkerque"),
    ("Ville d'Amiens", None, "à Amiens"),
]
SPOTS = [
    "au marché",
    "au centre social",
    "à la médiathèque",
    "à la maison de quartier",
    "devant l'école",
    "au café des parents",
    "à la sortie de la mosquée",
    "au local associatif",
]
PARTNERS = [
    "la CPAM",
    "le CCAS",
    "la Mutualité Française",
    "le centre social",
    "la PMI",
    "le Planning familial",
    "le Conseil local de santé mentale",
    "la pharmacie du quartier",
    "une diététicienne",
    "une infirmière de santé publique",
    "le centre de vaccination",
    "une association d'interprètes",
]
FUNDERS = [
    "Ville de Lille",
    "ARS Hauts-de-France",
    "Conseil départemental du Nord",
    "CPAM",
    "Politique de la ville",
]
LEADS = [
    "Pôle Ressources Santé, association de quartier",
    "Centre social",
    "Service Santé de la Ville",
    "Collectif d'habitantes",
    "Maison de quartier",
    "CCAS",
]
PUBLICS = {
    TargetPublic.RESIDENTS: "les habitants des quartiers prioritaires",
    TargetPublic.FAR_FROM_CARE: "les personnes éloignées des soins",
    TargetPublic.WOMEN: "les femmes du quartier",
    TargetPublic.YOUNG: "les jeunes de 16 à 25 ans",
    TargetPublic.SENIORS: "les personnes âgées isolées",
    TargetPublic.ALLOPHONE: "les personnes qui parlent peu le français",
    TargetPublic.PROFESSIONALS: "les professionnels du social et de la santé",
}
CONTACTS = ["Nadia B.", "Sophie L.", "Karima D.", "Julien M.", "Fatou S.", "Hélène V."]
ROLES = ["Référente du pôle", "Coordinatrice santé", "Animatrice du centre social"]

PROBLEMS = [
    "Au pôle, les habitants disent mal connaître {topic}. Les informations existent mais "
    "n'arrivent pas jusqu'à {public}.",
    "Beaucoup de personnes renoncent à se soigner : démarches compliquées, peur d'être mal "
    "reçues, rendez-vous trop lointains. {topic_cap} revenait souvent dans les échanges.",
    "Les professionnels du quartier voyaient peu {public} dans leurs permanences. Les "
    "ambassadrices, elles, les croisent tous les jours {spot}.",
    "Lors d'une réunion des partenaires, des habitantes ont demandé à parler de {topic}, "
    "simplement, sans jugement, et dans leur langue.",
]
GOALS = [
    "Faire connaître {topic} à {public}.",
    "Orienter les personnes vers le bon service, au bon moment.",
    "Former des ambassadrices pour relayer l'information autour d'elles.",
    "Partir des attentes des habitants, pas seulement de leurs besoins supposés.",
    "Créer des liens durables entre les habitants et {partner}.",
    "Toucher les personnes que les services ne voient jamais.",
]
STEPS = [
    "Une réunion au pôle pour recueillir les attentes des habitants.",
    "Le choix des dates et des lieux avec {partner}.",
    "Une demi-journée de préparation avec la référente du pôle.",
    "Des affiches et des tracts traduits en plusieurs langues.",
    "Les premières séances {spot}, animées par deux ambassadrices.",
    "Un bilan partagé avec les partenaires et les participants.",
]
RESULTS = [
    "{people} personnes touchées en un an, dont beaucoup ne connaissaient pas le pôle.",
    "{sessions} séances ont eu lieu ; chacune a réuni entre {low} et {high} personnes.",
    "Plusieurs participantes sont devenues ambassadrices à leur tour.",
    "Les partenaires souhaitent reconduire l'action l'an prochain, dans un autre quartier.",
    "Les demandes d'ouverture de droits ont nettement augmenté au pôle après l'action.",
]
ADVICE = [
    "Commencez petit, avec un lieu que les habitants connaissent déjà.",
    "Prévoyez un temps d'écoute avant de donner de l'information.",
    "Associez {partner} dès le début.",
    "Pensez à l'interprétariat et aux documents faciles à lire.",
]
VIGILANCE = [
    "Ne sollicitez pas toujours les mêmes bénévoles.",
    "Comptez les personnes touchées dès le début : c'est difficile après coup.",
    "Le temps de la référente est indispensable : prévoyez-le dans le budget.",
]
EFFECTS = [
    "Des liens d'entraide sont nés entre participantes, au-delà de l'action.",
    "Des professionnels ont changé leur façon d'accueillir les personnes allophones.",
    "Les enfants ont ramené l'information à la maison.",
]


def _paragraph(text):
    return f"<p>{text}</p>"


def _items(texts, tag="ul"):
    return f"<{tag}>" + "".join(f"<li>{text}</li>" for text in texts) + f"</{tag}>"


def sheet(index, today):
    """The fields of the ``index``-th scaled sheet, its ``tags`` (names) and its ``poles``
    (codes)."""
    rng = random.Random(f"scale-sheet-{index}")
    tag, topic, _idea = rng.choice(THEMES)
    territory, pole, where = rng.choice(PLACES)
    public_value = rng.choice(list(PUBLICS))
    words = {
        "topic": topic,
        "topic_cap": topic[0].upper() + topic[1:],
        "public": PUBLICS[public_value],
        "spot": rng.choice(SPOTS),
        "partner": rng.choice(PARTNERS),
        "people": rng.randrange(40, 900),
        "sessions": rng.randrange(4, 30),
        "low": rng.randrange(4, 10),
        "high": rng.randrange(12, 40),
    }
    title = f"{rng.choice(FORMATS)} {topic} {where}"
    start_year = rng.randrange(2012, today.year + 1)
    partners = rng.sample(PARTNERS, 3)
    frameworks = [FrameworkAnswer.YES, FrameworkAnswer.NO, FrameworkAnswer.UNKNOWN]
    fields = {
        "title": title,
        "slug": f"{slugify(title)[:60].rstrip('-')}-{index + 1}",
        "summary": (
            f"{title} : une action pour {PUBLICS[public_value]}, menée depuis {start_year} "
            f"avec {words['partner']}. " + rng.choice(PROBLEMS).format(**words)
        )[:600],
        "territory": territory,
        "start_year": start_year,
        "budget": rng.choice([None, 800, 1500, 3000, 5000, 12000, 25000]),
        "author": rng.choice(LEADS),
        "updated_on": today - datetime.timedelta(days=rng.randrange(0, 900)),
        "problem": "".join(_paragraph(t.format(**words)) for t in rng.sample(PROBLEMS, 2)),
        "objectives": _items(t.format(**words) for t in rng.sample(GOALS, 3)),
        "story": _items((t.format(**words) for t in rng.sample(STEPS, 4)), tag="ol"),
        "results": "".join(_paragraph(t.format(**words)) for t in rng.sample(RESULTS, 2)),
        "unexpected_effects": _paragraph(rng.choice(EFFECTS)) if rng.random() < 0.5 else "",
        "advice": _items(t.format(**words) for t in rng.sample(ADVICE, 2)),
        "vigilance": _paragraph(rng.choice(VIGILANCE)) if rng.random() < 0.6 else "",
        "action_lead": rng.choice(LEADS),
        "framework_asv": rng.choice(frameworks),
        "framework_cls": rng.choice(frameworks),
        "framework_clsm": rng.choice(frameworks),
        "framework_contrat_de_ville": rng.choice(frameworks),
        "target_public": public_value,
        "target_public_detail": "",
        "operational_partners": ", ".join(p[0].upper() + p[1:] for p in partners),
        "financial_partners": ", ".join(rng.sample(FUNDERS, 2)),
        "governance": "Un comité de suivi avec les partenaires, deux fois par an.",
        "contact_name": rng.choice(CONTACTS),
        "contact_role": rng.choice(ROLES),
    }
    tags = [tag, *rng.sample(CROSS_TAGS, rng.randrange(1, 4))]
    poles = list(POLE_NAMES) if pole == "*" else [pole] if pole else []
    return fields, tags, poles


# ---- events ------------------------------------------------------------------------------

POLE_NAMES = {
    "faubourg-de-bethune": "du Faubourg de Béthune",
    "fives": "de Fives",
    "lille-sud": "de Lille Sud",
    "moulins": "de Moulins",
    "wazemmes": "de Wazemmes",
}
CATEGORIES = [
    (EventCategory.STAND, 30),
    (EventCategory.WORKSHOP, 30),
    (EventCategory.INFORMATION_MEETING, 12),
    (EventCategory.POLE_MEETING, 10),
    (EventCategory.HEALTH_FAIR, 5),
    (EventCategory.OTHER, 13),
]
OTHER_TITLES = ["Balade santé dans le quartier", "Projection-débat : {topic}", "Café santé"]
VENUES = [
    ("Centre social", "Rue du Faubourg, 59000 Lille"),
    ("Médiathèque du quartier", "Place de la République, 59000 Lille"),
    ("Marché couvert", "Place de la Nouvelle Aventure, 59000 Lille"),
    ("Maison de quartier", "Rue Saint-Gabriel, 59800 Lille"),
]
EVENT_TEXTS = [
    "Venez poser vos questions sur {topic} : des ambassadrices et {partner} vous "
    "répondent, sans rendez-vous.",
    "Un moment convivial pour parler de {topic}, avec un goûter partagé.",
    "Entrée libre. Un interprète sera présent ; les enfants sont les bienvenus.",
    "Les ambassadrices présentent ce qu'elles ont appris et les services du quartier.",
]


def event(index, today):
    """The fields of the ``index``-th scaled event, dated in the twelve months before or
    after ``today``."""
    rng = random.Random(f"scale-event-{index}")
    category = rng.choices(*zip(*CATEGORIES, strict=True))[0]
    _tag, topic, idea = rng.choice(THEMES)
    pole = rng.choice([*POLE_NAMES, None]) if category != EventCategory.POLE_MEETING else None
    if category == EventCategory.POLE_MEETING:
        pole = rng.choice(list(POLE_NAMES))
    words = {"topic": topic, "partner": rng.choice(PARTNERS)}
    where = f" {rng.choice(SPOTS)}" if category == EventCategory.STAND else ""
    title = {
        EventCategory.STAND: f"Stand d'information : {topic}{where}",
        EventCategory.WORKSHOP: f"Atelier « {idea} »",
        EventCategory.INFORMATION_MEETING: rng.choice(
            [f"Réunion d'information sur {topic}", "Devenir ambassadeur·rice santé"]
        ),
        EventCategory.POLE_MEETING: f"Réunion des partenaires du pôle {POLE_NAMES.get(pole, '')}",
        EventCategory.HEALTH_FAIR: f"Fête de la santé {POLE_NAMES.get(pole) or 'de Lille'}",
        EventCategory.OTHER: rng.choice(OTHER_TITLES).format(**words),
    }[category]
    start = today + datetime.timedelta(days=rng.randrange(-365, 366))
    all_day = category == EventCategory.HEALTH_FAIR or rng.random() < 0.08
    hour = rng.choice([9, 10, 14, 14, 15, 17])
    venue, address = rng.choice(VENUES)
    fields = {
        "title": title,
        "slug": f"{slugify(title)[:60].rstrip('-')}-{index + 1}",
        "intro": rng.choice(EVENT_TEXTS).format(**words),
        "body": [
            {
                "type": "paragraph",
                "value": "".join(_paragraph(t.format(**words)) for t in rng.sample(EVENT_TEXTS, 2)),
            }
        ],
        "category": category,
        "audience": rng.choice(list(EventAudience)),
        "pole_code": pole,
        "place_name": "" if pole and rng.random() < 0.6 else venue,
        "address": "" if pole else address,
        "start_date": start,
        "start_time": None if all_day else datetime.time(hour, rng.choice([0, 30])),
        "end_time": None if all_day else datetime.time(hour + rng.choice([1, 2, 3]), 0),
        "end_date": start + datetime.timedelta(days=1) if all_day and rng.random() < 0.3 else None,
    }
    # A few series, like the partners' meeting every six weeks.
    if category == EventCategory.POLE_MEETING and rng.random() < 0.3:
        fields.update(
            recurrence="weekly",
            recurrence_interval=6,
            recurrence_until=start + datetime.timedelta(weeks=30),
        )
    return fields
