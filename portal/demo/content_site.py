"""The legal pages and the footer of the demo site (French; footer translated)."""

from .stream import bullet_list, heading, paragraphs

LEGAL_NOTICE = {
    "title": "Mentions légales",
    "slug": "mentions-legales",
    "intro": "Qui publie ce site, et à quelles conditions vous pouvez réutiliser ses contenus.",
    "body": [
        heading("Éditeur"),
        paragraphs(
            "Ville de Lille, Service Santé, Hôtel de Ville, place Augustin Laurent, 59000 Lille.",
            "Directeur de la publication : le Maire de Lille.",
        ),
        heading("Hébergement"),
        paragraphs(
            "Ce site de démonstration est hébergé par la Ville de Lille. L'hébergeur du site "
            "en service sera indiqué ici lors de sa mise en ligne."
        ),
        heading("Réutilisation des contenus"),
        paragraphs(
            "Les textes de ce site peuvent être repris à condition de citer la source. Les "
            "fiches expérience sont publiées pour être partagées avec d'autres territoires."
        ),
    ],
}

ACCESSIBILITY = {
    "title": "Déclaration d'accessibilité",
    "slug": "accessibilite",
    "intro": (
        "La Ville de Lille s'engage à rendre ce site accessible à toutes et à tous, "
        "conformément à l'article 47 de la loi du 11 février 2005."
    ),
    "body": [
        heading("État de conformité"),
        paragraphs(
            "Ce site n'a pas encore fait l'objet d'un audit complet selon le référentiel "
            "général d'amélioration de l'accessibilité (RGAA 4.1) : il est donc déclaré non "
            "conforme, dans l'attente de cet audit.",
            "Chaque page est néanmoins vérifiée automatiquement à chaque modification, sur "
            "ordinateur et sur téléphone, en français et en arabe, et se parcourt entièrement "
            "au clavier.",
        ),
        heading("Technologies utilisées"),
        paragraphs("HTML, CSS. Le site fonctionne sans JavaScript."),
        heading("Retour d'information et contact"),
        paragraphs(
            "Si vous ne parvenez pas à accéder à un contenu ou à un service, écrivez-nous : "
            "nous vous répondrons et vous proposerons une autre façon d'obtenir l'information."
        ),
        heading("Voies de recours"),
        paragraphs(
            "Si vous nous avez signalé un défaut d'accessibilité sans obtenir de réponse "
            "satisfaisante, vous pouvez saisir le Défenseur des droits, par son formulaire en "
            "ligne, par un de ses délégués dans votre région, ou par courrier gratuit : "
            "Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07."
        ),
    ],
}

PRIVACY = {
    "title": "Données personnelles",
    "slug": "donnees-personnelles",
    "intro": (
        "Ce que nous savons de vous, pourquoi, combien de temps, et comment exercer vos droits."
    ),
    "body": [
        heading("Si vous consultez simplement le site"),
        paragraphs(
            "Nous ne vous suivons pas : pas de mesure d'audience, pas de publicité, pas de "
            "contenu chargé depuis un autre site. Seul un cookie technique est déposé quand "
            "vous remplissez un formulaire, pour le protéger contre les abus."
        ),
        heading("Si vous devenez ambassadeur ou ambassadrice"),
        bullet_list(
            "Pour vous accompagner, la Ville de Lille (Service Santé) conserve :",
            [
                "vos nom, adresse électronique et, si vous le souhaitez, votre téléphone ;",
                "votre quartier, les langues que vous parlez et vos centres d'intérêt ;",
                "vos inscriptions aux formations, vos projets et les actions que vous menez.",
            ],
        ),
        paragraphs(
            "Ces données servent uniquement à organiser le programme. Seuls la coordinatrice "
            "et le référent de votre pôle y ont accès. Elles ne sont jamais vendues ni cédées.",
        ),
        heading("Vos droits"),
        paragraphs(
            "Vous pouvez consulter et corriger vos données dans votre profil. La page « Mes "
            "données » de votre espace membre les donne toutes dans un fichier, et permet de "
            "supprimer votre compte en retapant votre mot de passe.",
            "Quand vous supprimez votre compte, votre nom, vos adresses, votre candidature et "
            "votre profil sont effacés. Vos inscriptions passées restent, sans votre nom : "
            "elles servent seulement à compter les personnes formées.",
            "Pour toute question, écrivez au délégué à la protection des données de la Ville "
            "de Lille. Vous pouvez aussi adresser une réclamation à la CNIL.",
        ),
    ],
}

FOOTER = {
    "fr": {
        "name": "Ambassadeurs santé",
        "tagline": (
            "Un programme de la Ville de Lille, animé avec les cinq Pôles Ressources Santé des "
            "quartiers."
        ),
        "organisation": "Ville de Lille – Service Santé",
        "address": "Hôtel de Ville\nPlace Augustin Laurent\n59000 Lille",
        "email": "ambassadeurs-sante@example.org",
        "phone": "",
        "contact_hours": "Du lundi au vendredi, de 9 h à 17 h",
    },
    "en": {
        "name": "Health ambassadors",
        "tagline": (
            "A City of Lille programme, run with the five neighbourhood Health Resource Hubs."
        ),
        "organisation": "City of Lille – Health Department",
        "address": "Town Hall\nPlace Augustin Laurent\n59000 Lille",
        "email": "ambassadeurs-sante@example.org",
        "phone": "",
        "contact_hours": "Monday to Friday, 9 am to 5 pm",
    },
    "ar": {
        "name": "سفراء الصحة",
        "tagline": "برنامج لبلدية ليل، يُنشَّط مع أقطاب الموارد الصحية الخمسة في الأحياء.",
        "organisation": "بلدية ليل – مصلحة الصحة",
        "address": "مقر البلدية\nPlace Augustin Laurent\n59000 Lille",
        "email": "ambassadeurs-sante@example.org",
        "phone": "",
        "contact_hours": "من الاثنين إلى الجمعة، من 9 صباحًا إلى 5 مساءً",
    },
}
