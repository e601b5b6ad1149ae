"""French demo content of the public sections, written afresh from the programme's facts."""

# ---- recruitment ---------------------------------------------------------------------------

RECRUITMENT = {
    "fr": {
        "title": "Devenir ambassadeur·rice",
        "slug": "devenir-ambassadeur",
        "search_description": (
            "Majeur·e et envie d'aider vos voisins\u00a0? Devenez ambassadeur·rice santé "
            "bénévole à Lille\u00a0: une formation courte et un pôle près de chez vous."
        ),
        "intro": (
            "Vous aimez rendre service et discuter avec vos voisins\u00a0? Les ambassadeurs "
            "et ambassadrices santé sont des habitants bénévoles. Ils donnent des informations "
            "simples sur la santé et aident chacun à trouver la bonne porte. Pas besoin de "
            "diplôme\u00a0: on vous forme et on vous accompagne."
        ),
        "apply_label": "Je veux devenir ambassadeur·rice",
        "who_can_join": (
            "<p>Il suffit d'être majeur·e. Aucun diplôme n'est demandé, et il n'est pas "
            "nécessaire de tout savoir sur la santé. Ce qui compte, c'est l'envie d'aider les "
            "autres et de bien connaître son quartier.</p>"
            "<p>Aujourd'hui, ce sont surtout des femmes. Beaucoup ont elles-mêmes traversé "
            "des soucis de santé, et cette expérience est précieuse. Tous les quartiers de "
            "Lille sont les bienvenus, en commençant par les quartiers prioritaires.</p>"
        ),
        "involvement": [
            (
                "Relayer l'information",
                "Vous parlez santé avec votre famille, vos voisins, les parents à la sortie "
                "de l'école. Vous pensez aussi aux personnes que l'on ne voit jamais dans les "
                "services, et vous leur dites où aller.",
            ),
            (
                "Se former sur des thèmes",
                "Premiers secours, santé sexuelle, vaccination, air de la maison… Vous "
                "choisissez les formations qui vous intéressent, quand vous en avez le temps.",
            ),
            (
                "Monter un projet santé",
                "Un atelier, une fête, une sortie\u00a0: vous proposez une idée pour votre "
                "quartier. Le ou la référente de votre pôle vous aide à la construire, pas "
                "à pas.",
            ),
            (
                "Donner votre avis et tenir des stands",
                "Vous pouvez rejoindre des groupes de travail ou des comités, et tenir des "
                "stands sur les droits en santé. Votre regard d'habitant·e compte.",
            ),
        ],
        "path_steps": [
            (
                "Le rôle d'ambassadeur·rice",
                "Une demi-journée",
                "Avec la coordinatrice des Pôles Ressources Santé, vous découvrez ce que fait "
                "un·e ambassadeur·rice, et aussi ce qu'il ou elle ne fait pas.",
            ),
            (
                "L'écoute active",
                "Deux journées",
                "À la mairie de Lille, vous apprenez à écouter sans juger, à accueillir la "
                "parole de l'autre et à garder la bonne distance.",
            ),
            (
                "Les droits en santé",
                "Une demi-journée",
                "La CPAM vous explique les droits de chacun\u00a0: carte Vitale, "
                "complémentaire santé, aides possibles. Vous saurez vers qui orienter.",
            ),
        ],
        "testimonials": [
            (
                "Avant, je n'osais pas poser de questions au médecin. Maintenant j'ose, et "
                "j'aide mes voisines à oser aussi.",
                "Samia B.",
                "Faubourg de Béthune",
            ),
            (
                "Je donne juste un peu de mon temps, et je vois que ça sert. Une voisine a "
                "enfin fait son dépistage.",
                "Fatou D.",
                "Fives",
            ),
            (
                "Au début, j'avais peur de ne pas savoir. La formation m'a rassurée, et on "
                "n'est jamais seule.",
                "Josiane L.",
                "Moulins",
            ),
        ],
        "faq": [
            (
                "Est-ce que je suis payé·e\u00a0?",
                "Non. Les ambassadeurs et ambassadrices sont bénévoles\u00a0: vous donnez de "
                "votre temps parce que vous en avez envie. Les formations sont gratuites, et "
                "on ne vous demande rien en échange.",
            ),
            (
                "Combien de temps faut-il donner\u00a0?",
                "C'est vous qui décidez. Au départ, la formation dure trois jours en tout. "
                "Ensuite, certaines personnes donnent une heure par mois, d'autres bien plus. "
                "Vous pouvez faire une pause quand vous en avez besoin.",
            ),
            (
                "Je parle mal français ou j'ai du mal à lire. Est-ce un problème\u00a0?",
                "Non. Les formations se passent surtout à l'oral, avec des mots simples. "
                "Parler une autre langue est même une vraie force\u00a0: vous pourrez aider "
                "des personnes que les services n'arrivent pas à joindre. Si besoin, on "
                "cherche ensemble une solution d'interprétariat.",
            ),
            (
                "Est-ce que les formations sont reconnues\u00a0?",
                "Vous recevez une attestation des formations suivies, avec le nombre "
                "d'heures. Vous pouvez l'ajouter à votre CV. Une ambassadrice s'en est servie "
                "pour une VAE, la validation des acquis de l'expérience, et elle est devenue "
                "médiatrice sociale.",
            ),
            (
                "Comment je commence\u00a0?",
                "Remplissez le formulaire de cette page. Ensuite, le ou la référente du Pôle "
                "Ressources Santé de votre quartier vous contacte pour une première rencontre. "
                "Vous posez toutes vos questions, puis vous décidez, sans engagement.",
            ),
        ],
    },
}

# ---- experience sheets ---------------------------------------------------------------------

SHEETS_INDEX = {
    "title": "Fiches expérience",
    "slug": "fiches-experience",
    "intro": (
        "Des actions de santé menées dans les quartiers de Lille, racontées simplement. "
        "Chaque fiche dit ce qui a marché, ce qui a coincé, et comment faire chez vous."
    ),
    "search_description": (
        "Fiches expérience des ambassadeurs santé et des Pôles Ressources Santé de Lille\u00a0: "
        "des actions à reproduire dans votre quartier."
    ),
}

SHEETS = [
    {
        "slug": "ambassadeurs-sante-lille",
        "title": "Les ambassadeurs et ambassadrices santé de Lille",
        "summary": (
            "Depuis 2015, des habitants bénévoles des quartiers prioritaires de Lille se "
            "forment pour devenir ambassadeurs et ambassadrices santé. Ils relaient "
            "l'information autour d'eux, orientent leurs voisins vers les bons services et "
            "montent des projets avec leur pôle. Ils étaient 59 en 2019 et 65 en 2022. "
            "L'idée de départ\u00a0: partir de ce que les habitants attendent, pas seulement "
            "de ce que les professionnels jugent utile."
        ),
        "territory": "Ville de Lille – cinq quartiers prioritaires",
        "poles": ["faubourg-de-bethune", "fives", "lille-sud", "moulins", "wazemmes"],
        "start_year": 2015,
        "budget": None,
        "author": "Service Santé, Ville de Lille",
        "updated_on": "2025-03-14",
        "tags": ["participation", "aller-vers", "promotion de la santé", "formation"],
        "problem": (
            "<p>Dans les Pôles Ressources Santé, les habitants ont pris la parole sur leur "
            "santé. Ils ont parlé de démarches trop compliquées, d'informations qui "
            "n'arrivent pas jusqu'à eux, et parfois de refus de soins.</p>"
            "<p>Certaines personnes sont mal reçues quand elles veulent se soigner\u00a0: "
            "parce qu'elles parlent peu le français, parce qu'elles ont la CMU, ou parce "
            "qu'elles portent le voile. Beaucoup finissent par renoncer.</p>"
        ),
        "objectives": (
            "<ul>"
            "<li>Aider les habitants, surtout les plus isolés, à connaître leurs droits et "
            "les lieux de soins.</li>"
            "<li>Lutter contre les refus de soins et les pratiques qui discriminent.</li>"
            "<li>Construire avec les habitants des actions qui répondent à leurs "
            "attentes.</li>"
            "<li>Donner plus de place aux habitants dans les projets de santé de la "
            "ville.</li>"
            "</ul>"
        ),
        "story": (
            "<p>Tout est parti d'un groupe de femmes du pôle du Faubourg de Béthune, qui "
            "voulaient aller plus loin sur la santé sexuelle et l'écoute. Une fois formées, "
            "elles ont été les toutes premières ambassadrices. La Ville a ensuite ouvert la "
            "démarche aux autres pôles.</p>"
            "<ol>"
            "<li>La coordinatrice des pôles va à la rencontre des habitants et présente le "
            "projet.</li>"
            "<li>Dans chaque pôle, des réunions de groupe permettent à chacun de dire ce que "
            "la santé veut dire pour lui.</li>"
            "<li>Les volontaires suivent le parcours de départ\u00a0: le rôle, l'écoute "
            "active, les droits en santé.</li>"
            "<li>Chaque ambassadeur·rice choisit ensuite jusqu'où il ou elle veut "
            "s'engager.</li>"
            "<li>Avec le ou la référente du pôle, les ambassadeurs montent des projets grâce "
            "aux appels à projets des partenaires.</li>"
            "</ol>"
        ),
        "results": (
            "<p>59 ambassadeurs formés en 2019, 65 en 2022. Ils ont organisé des fêtes de la "
            "santé, des ateliers cuisine, des ateliers sur le stress ou l'estime de soi, et "
            "tenu des stands sur les droits.</p>"
            "<p>Compter les personnes touchées reste difficile\u00a0: beaucoup d'échanges se "
            "font dans la rue, au marché, entre voisines. La suite\u00a0: ouvrir le programme "
            "à tous les quartiers prioritaires et simplifier le suivi des actions.</p>"
        ),
        "unexpected_effects": (
            "<p>Plusieurs ambassadrices ont repris confiance en elles. Certaines ont ajouté "
            "leurs formations à leur CV, et l'une d'elles est devenue médiatrice sociale "
            "grâce à une VAE. Les professionnels, eux, regardent les habitants "
            "autrement.</p>"
        ),
        "advice": (
            "<ul>"
            "<li>Partez des attentes des habitants, pas seulement des besoins vus par les "
            "professionnels.</li>"
            "<li>Présentez la démarche aux professionnels du territoire avant de "
            "commencer.</li>"
            "<li>Remettez une attestation des formations suivies\u00a0: elle compte beaucoup "
            "pour les bénévoles.</li>"
            "<li>Prévoyez du temps de référent pour accompagner chaque projet.</li>"
            "</ul>"
        ),
        "vigilance": (
            "<p>Ne sollicitez pas toujours les mêmes bénévoles. Dites clairement ce que l'on "
            "attend d'un·e ambassadeur·rice, et ce que l'on n'attend pas. Pensez dès le début "
            "à une façon simple de noter les actions et les personnes rencontrées.</p>"
        ),
        "action_lead": "Ville de Lille, Service Santé",
        "framework_asv": "yes",
        "framework_cls": "yes",
        "framework_clsm": "unknown",
        "framework_contrat_de_ville": "yes",
        "target_public": "residents",
        "target_public_detail": (
            "Habitantes et habitants majeurs des quartiers prioritaires, en particulier les "
            "personnes isolées et peu connues des services."
        ),
        "operational_partners": (
            "Services de la Ville, CCAS, Conseil local de santé mentale (CLSM), CPAM de "
            "Lille-Douai, Mutualité Française, associations qui accueillent les pôles."
        ),
        "financial_partners": (
            "Ville de Lille, Agence régionale de santé Hauts-de-France, Conseil départemental "
            "du Nord."
        ),
        "governance": (
            "La coordinatrice des Pôles Ressources Santé anime le programme. Dans chaque pôle, "
            "un·e référent·e accompagne les ambassadeurs. Des ambassadeurs siègent dans des "
            "groupes de travail et des comités de pilotage."
        ),
        "contact_name": "Nadia M.",
        "contact_role": "Coordinatrice des Pôles Ressources Santé",
        "contact_email": "coordination.sante@example.org",
        "resources": [
            {
                "title": "Vidéo\u00a0: paroles d'ambassadrices",
                "url": "https://www.example.org/videos/paroles-ambassadrices",
                "description": (
                    "Cinq minutes pour entendre des ambassadrices raconter leur engagement."
                ),
            },
        ],
    },
    {
        "slug": "poles-ressources-sante-lille",
        "title": "Les Pôles Ressources Santé, la santé près de chez soi",
        "summary": (
            "Depuis 2012, la Ville de Lille confie à des associations de quartier cinq Pôles "
            "Ressources Santé\u00a0: Faubourg de Béthune, Fives, Lille Sud, Moulins et "
            "Wazemmes. On y trouve de l'information, de l'aide pour ses droits et des actions "
            "de prévention. Toutes les six semaines, habitants et professionnels s'y "
            "retrouvent. Le réseau a touché 1\u00a0926 personnes en 2015 et 2\u00a0410 "
            "en 2016."
        ),
        "territory": "Ville de Lille – cinq quartiers prioritaires",
        "poles": ["faubourg-de-bethune", "fives", "lille-sud", "moulins", "wazemmes"],
        "start_year": 2012,
        "budget": 80000,
        "author": "Service Santé, Ville de Lille",
        "updated_on": "2024-09-18",
        "tags": ["accès aux droits", "promotion de la santé", "habitants", "aller-vers"],
        "problem": (
            "<p>Les études du CCAS et du contrat de ville ont montré que, dans plusieurs "
            "quartiers de Lille, les habitants accèdent moins bien aux soins. Les grandes "
            "campagnes de prévention nationales ne touchent pas tout le monde.</p>"
            "<p>La santé n'est pas une mission obligatoire des villes. Lille a pourtant "
            "choisi d'agir au plus près des habitants, avec les associations qui les "
            "connaissent déjà.</p>"
        ),
        "objectives": (
            "<ul>"
            "<li>Informer les habitants et les accompagner dans leurs démarches de "
            "santé.</li>"
            "<li>Faire connaître les droits, la prévention et les dépistages.</li>"
            "<li>Faire travailler ensemble les professionnels de la santé et du social d'un "
            "même quartier.</li>"
            "<li>Écouter les attentes des habitants pour construire des actions avec "
            "eux.</li>"
            "</ul>"
        ),
        "story": (
            "<p>Dans chaque quartier, la Ville a choisi une association bien connue des "
            "habitants pour accueillir un pôle.</p>"
            "<ol>"
            "<li>L'association accueille un·e référent·e santé, présent·e plusieurs "
            "demi-journées par semaine.</li>"
            "<li>Le pôle reçoit les habitants, sans rendez-vous, et les oriente.</li>"
            "<li>Toutes les six semaines, une réunion rassemble habitants et partenaires du "
            "quartier.</li>"
            "<li>Des temps d'échange permettent aux habitants de dire ce qu'ils "
            "attendent.</li>"
            "<li>De ces échanges est née l'idée des ambassadeurs et ambassadrices "
            "santé.</li>"
            "</ol>"
        ),
        "results": (
            "<p>1\u00a0926 personnes touchées en 2015, 2\u00a0410 en 2016. Environ 150 "
            "partenaires participent aux réunions des pôles. Les professionnels se "
            "connaissent mieux et s'adressent plus facilement les personnes.</p>"
            "<p>Prochaine étape\u00a0: mieux mesurer ce que les pôles changent pour les "
            "habitants, au-delà du nombre de visites.</p>"
        ),
        "unexpected_effects": (
            "<p>Les réunions de partenaires sont devenues un lieu où les habitants parlent "
            "d'égal à égal avec les professionnels. C'est là qu'est née l'envie de former des "
            "ambassadeurs.</p>"
        ),
        "advice": (
            "<ul>"
            "<li>Appuyez-vous sur des associations déjà connues et appréciées dans le "
            "quartier.</li>"
            "<li>Gardez un rythme régulier pour les réunions de partenaires.</li>"
            "<li>Invitez les habitants à ces réunions, pas seulement les "
            "professionnels.</li>"
            "</ul>"
        ),
        "vigilance": (
            "<p>Le travail de référent demande du temps. Sans temps dédié, le pôle devient un "
            "simple guichet. Attention aussi à ne pas multiplier les réunions\u00a0: les "
            "partenaires ont des agendas chargés.</p>"
        ),
        "action_lead": "Ville de Lille, Service Santé, avec cinq associations de quartier",
        "framework_asv": "yes",
        "framework_cls": "yes",
        "framework_clsm": "no",
        "framework_contrat_de_ville": "yes",
        "target_public": "far_from_care",
        "target_public_detail": (
            "Habitants des cinq quartiers, surtout les personnes éloignées des soins, et les "
            "professionnels de la santé et du social."
        ),
        "operational_partners": (
            "Associations qui accueillent les pôles, CCAS, CPAM de Lille-Douai, centres "
            "sociaux, Mutualité Française, professionnels de santé du quartier."
        ),
        "financial_partners": "Ville de Lille, dans le cadre de l'Atelier Santé Ville.",
        "governance": (
            "La coordinatrice réunit les référents chaque mois. Un bilan est présenté chaque "
            "année aux élus et aux partenaires."
        ),
        "contact_name": "Nadia M.",
        "contact_role": "Coordinatrice des Pôles Ressources Santé",
        "contact_email": "poles.sante@example.org",
        "resources": [
            {
                "title": "La carte des cinq pôles",
                "url": "https://www.example.org/poles/carte",
                "description": "Les adresses et les horaires des pôles, quartier par quartier.",
            },
        ],
    },
    {
        "slug": "kermesse-sante-faubourg-de-bethune",
        "title": "Une kermesse de la santé au Faubourg de Béthune",
        "summary": (
            "Des ambassadrices du Faubourg de Béthune ont organisé une grande fête de la santé "
            "dans leur quartier. Jeux pour les enfants, stands tenus par des professionnels, "
            "fruits à goûter, quiz sur l'air de la maison\u00a0: chacun repart avec une "
            "information utile. L'idée venait des habitantes, qui voulaient parler de santé "
            "dans la bonne humeur."
        ),
        "territory": "Ville de Lille – quartier du Faubourg de Béthune",
        "poles": ["faubourg-de-bethune"],
        "start_year": 2018,
        "budget": 4500,
        "author": "Pôle Ressources Santé du Faubourg de Béthune",
        "updated_on": "2024-11-05",
        "tags": ["habitants", "nutrition", "santé sexuelle", "environnement"],
        "problem": (
            "<p>Au Faubourg de Béthune, beaucoup de familles ne voient un professionnel de "
            "santé qu'en cas d'urgence. Les affiches et les brochures ne suffisent pas. Les "
            "ambassadrices l'ont dit simplement\u00a0: «\u00a0Les gens viendront si c'est une "
            "fête.\u00a0»</p>"
        ),
        "objectives": (
            "<ul>"
            "<li>Faire connaître les professionnels et les services de santé du "
            "quartier.</li>"
            "<li>Parler de santé de façon joyeuse, en famille.</li>"
            "<li>Donner aux habitants l'envie de revenir au pôle.</li>"
            "</ul>"
        ),
        "story": (
            "<p>La fête a été financée grâce à un appel à projets. Les ambassadrices ont tout "
            "préparé avec la référente du pôle.</p>"
            "<ol>"
            "<li>Les ambassadrices choisissent les thèmes\u00a0: bien manger, santé "
            "sexuelle, air de la maison, dépistages.</li>"
            "<li>La référente contacte les professionnels et les associations.</li>"
            "<li>Les ambassadrices font connaître la fête à la sortie des écoles et au "
            "marché.</li>"
            "<li>Le jour venu, chaque stand propose un jeu et une information simple.</li>"
            "<li>Une semaine après, tout le monde se retrouve pour faire le bilan.</li>"
            "</ol>"
        ),
        "results": (
            "<p>Environ 300 personnes sont venues, dont beaucoup de familles avec enfants. "
            "Une quinzaine de professionnels ont tenu un stand. Plusieurs personnes sont "
            "revenues au pôle les semaines suivantes pour un dépistage ou un conseil.</p>"
            "<p>La kermesse est devenue un rendez-vous attendu dans le quartier.</p>"
        ),
        "unexpected_effects": (
            "<p>Des professionnels qui ne se connaissaient pas ont commencé à travailler "
            "ensemble. Et des habitantes venues en simples visiteuses ont demandé à devenir "
            "ambassadrices.</p>"
        ),
        "advice": (
            "<ul>"
            "<li>Laissez les habitants choisir les thèmes et l'ambiance.</li>"
            "<li>Un jeu par stand\u00a0: la conversation démarre plus facilement.</li>"
            "<li>Prévoyez un coin calme pour les questions plus personnelles.</li>"
            "</ul>"
        ),
        "vigilance": (
            "<p>Une fête demande beaucoup de préparation. Partagez les tâches pour ne pas "
            "épuiser les mêmes bénévoles. Demandez les autorisations à la mairie bien à "
            "l'avance.</p>"
        ),
        "action_lead": "Ambassadrices santé du Faubourg de Béthune, avec leur pôle",
        "framework_asv": "unknown",
        "framework_cls": "no",
        "framework_clsm": "no",
        "framework_contrat_de_ville": "yes",
        "target_public": "residents",
        "target_public_detail": (
            "Familles du quartier, parents et enfants, et personnes qui vont peu chez le médecin."
        ),
        "operational_partners": (
            "Pôle Ressources Santé, centre social du quartier, professionnels de santé du "
            "quartier, Mutualité Française, CPAM de Lille-Douai."
        ),
        "financial_partners": "Conseil départemental du Nord (appel à projets), Ville de Lille.",
        "governance": (
            "Un petit comité de cinq ambassadrices et la référente du pôle se réunit chaque "
            "mois pendant la préparation."
        ),
        "contact_name": "Leïla K.",
        "contact_role": "Référente du Pôle Ressources Santé du Faubourg de Béthune",
        "contact_email": "prs.faubourg-de-bethune@example.org",
        "resources": [
            {
                "title": "Le programme de la kermesse",
                "url": "https://www.example.org/kermesse-sante/programme",
                "description": "Un exemple de programme pour une journée, stand par stand.",
            },
        ],
    },
    {
        "slug": "formation-ecoute-active",
        "title": "Se former à l'écoute active",
        "summary": (
            "Chaque nouvel ambassadeur ou ambassadrice suit deux journées de formation à "
            "l'écoute active, à la mairie de Lille. On y apprend à accueillir la parole d'une "
            "personne sans la juger, à poser des questions ouvertes et à garder la bonne "
            "distance. Cette formation est née avec les premières ambassadrices du Faubourg "
            "de Béthune, qui travaillaient sur la santé sexuelle."
        ),
        "territory": "Ville de Lille",
        "poles": ["faubourg-de-bethune", "fives", "lille-sud", "moulins", "wazemmes"],
        "start_year": 2015,
        "budget": 6000,
        "author": "Service Santé, Ville de Lille",
        "updated_on": "2025-06-20",
        "tags": ["formation", "santé mentale", "santé sexuelle", "participation"],
        "problem": (
            "<p>Quand une voisine confie un souci de santé, on a envie de donner tout de "
            "suite un conseil. Parfois, on juge sans le vouloir. Les premières ambassadrices "
            "ont demandé à apprendre à écouter, surtout pour des sujets intimes comme la "
            "santé sexuelle.</p>"
        ),
        "objectives": (
            "<ul>"
            "<li>Écouter sans juger et sans coller d'étiquette.</li>"
            "<li>Poser des questions ouvertes et redire avec ses mots ce que l'on a "
            "compris.</li>"
            "<li>Garder la bonne distance pour se protéger soi-même.</li>"
            "<li>Savoir passer le relais au bon professionnel.</li>"
            "</ul>"
        ),
        "story": (
            "<p>La formation dure deux journées, en petit groupe de dix à douze "
            "personnes.</p>"
            "<ol>"
            "<li>Premier matin\u00a0: faire connaissance et dire ce qu'est, pour chacun, une "
            "bonne écoute.</li>"
            "<li>Premier après-midi\u00a0: exercices à deux pour reformuler et poser des "
            "questions ouvertes.</li>"
            "<li>Deuxième matin\u00a0: des situations vécues dans le quartier, jouées puis "
            "discutées.</li>"
            "<li>Deuxième après-midi\u00a0: savoir passer le relais et prendre soin de "
            "soi.</li>"
            "</ol>"
        ),
        "results": (
            "<p>Tous les ambassadeurs formés depuis 2015 ont suivi ces deux journées. Ils "
            "disent être plus à l'aise pour parler de sujets difficiles, et mieux savoir "
            "quand orienter vers un professionnel.</p>"
            "<p>Une journée de rappel chaque année est en projet.</p>"
        ),
        "unexpected_effects": (
            "<p>Plusieurs participantes racontent que la formation a changé leur façon de "
            "parler avec leurs propres enfants. Pour certaines, c'était la première "
            "formation depuis l'école.</p>"
        ),
        "advice": (
            "<ul>"
            "<li>Travaillez en petit groupe, avec beaucoup d'exercices et peu de "
            "théorie.</li>"
            "<li>Partez de situations vécues dans le quartier.</li>"
            "<li>Prévoyez un repas ensemble\u00a0: c'est là que le groupe se soude.</li>"
            "</ul>"
        ),
        "vigilance": (
            "<p>Écouter des histoires lourdes peut fatiguer. Proposez un temps pour en "
            "parler après, avec la référente ou en groupe. Rappelez qu'un·e "
            "ambassadeur·rice n'est ni médecin ni psychologue.</p>"
        ),
        "action_lead": "Ville de Lille, Service Santé",
        "framework_asv": "yes",
        "framework_cls": "unknown",
        "framework_clsm": "yes",
        "framework_contrat_de_ville": "no",
        "target_public": "women",
        "target_public_detail": (
            "Nouvelles ambassadrices et nouveaux ambassadeurs, en grande majorité des "
            "femmes des quartiers prioritaires."
        ),
        "operational_partners": (
            "Formatrice en écoute active, Conseil local de santé mentale (CLSM), référents "
            "des Pôles Ressources Santé."
        ),
        "financial_partners": "Ville de Lille, Agence régionale de santé Hauts-de-France.",
        "governance": (
            "La coordinatrice des pôles organise les sessions et fait le bilan avec la "
            "formatrice après chaque groupe."
        ),
        "contact_name": "Nadia M.",
        "contact_role": "Coordinatrice des Pôles Ressources Santé",
        "contact_email": "formations.sante@example.org",
        "resources": [],
    },
    {
        "slug": "atelier-cuisine-moulins",
        "title": "Cuisiner ensemble et manger mieux à Moulins",
        "summary": (
            "À Moulins, des ambassadrices ont lancé un atelier cuisine chaque mois. On y "
            "prépare des recettes simples, pas chères et bonnes pour la santé, avec les "
            "produits du marché. Une diététicienne répond aux questions, en particulier sur "
            "le diabète. Et on parle aussi du moral\u00a0: manger ensemble fait du bien."
        ),
        "territory": "Ville de Lille – quartier de Moulins",
        "poles": ["moulins"],
        "start_year": 2019,
        "budget": 5000,
        "author": "Pôle Ressources Santé de Moulins",
        "updated_on": "2025-09-02",
        "tags": ["nutrition", "santé mentale", "habitants"],
        "problem": (
            "<p>Dans le quartier, beaucoup d'habitants vivent avec le diabète ou un poids "
            "trop élevé. Les conseils donnés chez le médecin sont difficiles à suivre avec un "
            "petit budget. Et les personnes âgées qui vivent seules n'ont plus toujours "
            "envie de cuisiner.</p>"
        ),
        "objectives": (
            "<ul>"
            "<li>Apprendre des recettes simples, équilibrées et peu chères.</li>"
            "<li>Mieux comprendre le lien entre ce que l'on mange et le diabète.</li>"
            "<li>Sortir de l'isolement autour d'un repas partagé.</li>"
            "</ul>"
        ),
        "story": (
            "<p>L'idée vient de deux ambassadrices qui cuisinaient déjà pour leurs "
            "voisins.</p>"
            "<ol>"
            "<li>Les ambassadrices posent quelques questions au marché\u00a0: quels plats, "
            "quels soucis\u00a0?</li>"
            "<li>Le pôle trouve une cuisine dans un centre social et une diététicienne "
            "partenaire.</li>"
            "<li>Chaque mois, le groupe fait les courses avec un petit budget, puis "
            "cuisine.</li>"
            "<li>On mange ensemble et on repart avec la recette, écrite en gros et avec des "
            "photos.</li>"
            "</ol>"
        ),
        "results": (
            "<p>Une douzaine de personnes viennent à chaque atelier, surtout des personnes "
            "âgées. Un carnet de recettes a été fait avec elles. Plusieurs participants ont "
            "pris rendez-vous pour un bilan de santé.</p>"
        ),
        "unexpected_effects": (
            "<p>Les recettes en photos ont beaucoup plu aux personnes qui lisent peu le "
            "français. Pendant les vacances, des petits-enfants sont venus cuisiner avec "
            "leurs grands-parents.</p>"
        ),
        "advice": (
            "<ul>"
            "<li>Fixez un budget par personne proche de celui des familles.</li>"
            "<li>Écrivez les recettes avec des images, pas seulement du texte.</li>"
            "<li>Laissez chacun apporter les recettes de chez lui.</li>"
            "</ul>"
        ),
        "vigilance": (
            "<p>Évitez le ton de la leçon\u00a0: personne n'aime qu'on lui dise quoi manger. "
            "Vérifiez les règles d'hygiène de la cuisine qui vous accueille.</p>"
        ),
        "action_lead": "Ambassadrices santé de Moulins, avec le Pôle Ressources Santé",
        "framework_asv": "no",
        "framework_cls": "yes",
        "framework_clsm": "no",
        "framework_contrat_de_ville": "yes",
        "target_public": "seniors",
        "target_public_detail": (
            "Personnes âgées du quartier, souvent seules, et personnes qui vivent avec le diabète."
        ),
        "operational_partners": (
            "Centre social du quartier, diététicienne libérale, CCAS, Mutualité Française."
        ),
        "financial_partners": (
            "Agence régionale de santé Hauts-de-France (appel à projets), Ville de Lille."
        ),
        "governance": (
            "Les ambassadrices choisissent les menus. La référente du pôle s'occupe du budget "
            "et des partenaires."
        ),
        "contact_name": "Hélène V.",
        "contact_role": "Référente du Pôle Ressources Santé de Moulins",
        "contact_email": "prs.moulins@example.org",
        "resources": [
            {
                "title": "Carnet de recettes à petit prix",
                "url": "https://www.example.org/moulins/carnet-recettes",
                "description": "Douze recettes de l'atelier, avec une photo pour chaque étape.",
            },
        ],
    },
    {
        "slug": "stands-droits-sante-fives",
        "title": "Des stands sur les droits en santé au marché de Fives",
        "summary": (
            "Une fois par mois, des ambassadeurs et ambassadrices de Fives tiennent un stand "
            "au marché avec la CPAM. Ils aident les passants à comprendre leurs "
            "droits\u00a0: carte Vitale, complémentaire santé, médecin traitant. Ils écoutent "
            "aussi les personnes qui ont vécu un refus de soins ou une discrimination, et "
            "les orientent. Plusieurs d'entre eux parlent arabe, berbère ou anglais."
        ),
        "territory": "Ville de Lille – quartier de Fives",
        "poles": ["fives"],
        "start_year": 2020,
        "budget": None,
        "author": "Pôle Ressources Santé de Fives",
        "updated_on": "2026-01-12",
        "tags": ["accès aux droits", "aller-vers", "participation"],
        "problem": (
            "<p>À Fives, des habitants renoncent à se soigner parce qu'ils ne connaissent pas "
            "leurs droits ou parce que les papiers leur font peur. D'autres ont vécu un refus "
            "de soins\u00a0: parce qu'ils ont la CMU, parce qu'ils parlent peu le français, "
            "ou parce qu'elles portent le voile.</p>"
            "<p>Ces personnes viennent rarement dans les services. Il faut aller à leur "
            "rencontre.</p>"
        ),
        "objectives": (
            "<ul>"
            "<li>Aller vers les habitants là où ils sont\u00a0: au marché.</li>"
            "<li>Expliquer simplement les droits en santé.</li>"
            "<li>Écouter les personnes qui ont vécu une discrimination et les orienter.</li>"
            "<li>Faire connaître ces situations au groupe de travail de la métropole.</li>"
            "</ul>"
        ),
        "story": (
            "<p>Après la demi-journée de la CPAM sur les droits en santé, des ambassadeurs "
            "ont voulu partager ce qu'ils avaient appris.</p>"
            "<ol>"
            "<li>Le pôle et la CPAM préparent ensemble un stand simple, avec des fiches en "
            "plusieurs langues.</li>"
            "<li>Chaque mois, deux ambassadeurs et un agent de la CPAM tiennent le "
            "stand.</li>"
            "<li>Les refus de soins sont notés sans nom, avec l'accord des personnes.</li>"
            "<li>Ces situations sont présentées au groupe de travail sur les discriminations "
            "dans les soins.</li>"
            "</ol>"
        ),
        "results": (
            "<p>En moyenne, plus de 40 personnes s'arrêtent à chaque stand. Beaucoup "
            "repartent avec un rendez-vous à la CPAM ou au pôle. Les situations recueillies "
            "ont nourri le travail du groupe sur les discriminations.</p>"
        ),
        "unexpected_effects": (
            "<p>Des commerçants du marché sont devenus des relais\u00a0: ils envoient leurs "
            "clients vers le stand. Et les agents de la CPAM disent mieux comprendre ce que "
            "vivent les habitants.</p>"
        ),
        "advice": (
            "<ul>"
            "<li>Choisissez un lieu de passage, à une heure où il y a du monde.</li>"
            "<li>Venez à deux ou trois, jamais seul·e.</li>"
            "<li>Ayez des documents simples, avec des images et en plusieurs langues.</li>"
            "</ul>"
        ),
        "vigilance": (
            "<p>Parler de discrimination réveille des blessures. Prenez le temps d'écouter, "
            "et ne promettez pas ce que vous ne pouvez pas tenir. Respectez l'anonymat des "
            "personnes.</p>"
        ),
        "action_lead": "Ambassadeurs santé de Fives, leur pôle et la CPAM de Lille-Douai",
        "framework_asv": "yes",
        "framework_cls": "yes",
        "framework_clsm": "yes",
        "framework_contrat_de_ville": "unknown",
        "target_public": "allophone",
        "target_public_detail": (
            "Passants du marché, en particulier les personnes qui parlent peu le français ou "
            "qui ont vécu un refus de soins."
        ),
        "operational_partners": (
            "CPAM de Lille-Douai, Pôle Ressources Santé de Fives, Conseil local de santé "
            "mentale (CLSM), association d'interprétariat."
        ),
        "financial_partners": "Ville de Lille, CPAM de Lille-Douai (temps de ses agents).",
        "governance": (
            "Chaque trimestre, les ambassadeurs, le référent du pôle et la CPAM font le point "
            "ensemble."
        ),
        "contact_name": "Karim A.",
        "contact_role": "Référent du Pôle Ressources Santé de Fives",
        "contact_email": "prs.fives@example.org",
        "resources": [
            {
                "title": "Fiche «\u00a0Vos droits en santé\u00a0» en quatre langues",
                "url": "https://www.example.org/fives/fiche-droits",
                "description": (
                    "Une page en français, anglais, arabe et turc, à imprimer pour un stand."
                ),
            },
        ],
    },
    {
        "slug": "produits-menagers-naturels",
        "title": "Fabriquer ses produits ménagers naturels à Wazemmes et Lille Sud",
        "summary": (
            "Des ambassadrices de Wazemmes et de Lille Sud animent des ateliers pour "
            "fabriquer des produits ménagers et d'hygiène tout simples\u00a0: lessive, "
            "nettoyant, savon. On utilise du vinaigre blanc, du bicarbonate, du savon noir. "
            "C'est moins cher, et meilleur pour l'air de la maison et pour la santé des "
            "enfants. Chacun repart avec ses flacons et les recettes."
        ),
        "territory": "Ville de Lille – quartiers de Wazemmes et de Lille Sud",
        "poles": ["wazemmes", "lille-sud"],
        "start_year": 2021,
        "budget": 3000,
        "author": "Pôles Ressources Santé de Wazemmes et de Lille Sud",
        "updated_on": "2024-05-28",
        "tags": ["environnement", "habitants", "promotion de la santé"],
        "problem": (
            "<p>Dans les petits logements, on aère peu et on utilise beaucoup de produits "
            "ménagers parfumés. L'air de la maison peut alors piquer les yeux et gêner la "
            "respiration, surtout celle des enfants. Et ces produits coûtent cher aux "
            "familles.</p>"
        ),
        "objectives": (
            "<ul>"
            "<li>Faire connaître les gestes simples pour un air plus sain à la maison.</li>"
            "<li>Apprendre à fabriquer quelques produits sûrs et peu chers.</li>"
            "<li>Offrir un moment convivial entre parents.</li>"
            "</ul>"
        ),
        "story": (
            "<p>Deux ambassadrices avaient suivi la formation sur la qualité de l'air "
            "intérieur. Elles ont eu envie de la partager.</p>"
            "<ol>"
            "<li>Les ambassadrices testent les recettes chez elles, avec l'aide d'une "
            "conseillère en environnement intérieur.</li>"
            "<li>Les pôles réservent une salle et achètent les ingrédients et les "
            "flacons.</li>"
            "<li>Pendant deux heures, chaque personne fabrique deux produits.</li>"
            "<li>On termine par un temps d'échange sur l'aération et l'humidité.</li>"
            "</ol>"
        ),
        "results": (
            "<p>Huit ateliers en deux ans, avec une dizaine de personnes à chaque fois. Des "
            "parents disent avoir changé leurs habitudes, par exemple ouvrir les fenêtres "
            "dix minutes chaque matin.</p>"
        ),
        "unexpected_effects": (
            "<p>L'atelier a attiré de jeunes parents que l'on ne voyait jamais au pôle. "
            "Certains sont revenus ensuite pour d'autres questions de santé.</p>"
        ),
        "advice": (
            "<ul>"
            "<li>Gardez peu de recettes, très simples, avec des ingrédients faciles à "
            "trouver.</li>"
            "<li>Donnez des étiquettes pour les flacons, pour ne jamais les confondre avec "
            "une boisson.</li>"
            "<li>Faites le lien avec l'aération et le chauffage.</li>"
            "</ul>"
        ),
        "vigilance": (
            "<p>Certains mélanges sont dangereux, par exemple l'eau de Javel avec du "
            "vinaigre. Faites vérifier les recettes par un professionnel. Rangez les "
            "produits hors de portée des enfants.</p>"
        ),
        "action_lead": "Ambassadrices santé de Wazemmes et de Lille Sud, avec leurs pôles",
        "framework_asv": "unknown",
        "framework_cls": "unknown",
        "framework_clsm": "no",
        "framework_contrat_de_ville": "yes",
        "target_public": "young",
        "target_public_detail": (
            "Jeunes parents des deux quartiers, qui vivent souvent dans des logements petits "
            "ou humides."
        ),
        "operational_partners": (
            "Pôles Ressources Santé de Wazemmes et de Lille Sud, conseillère en environnement "
            "intérieur, centres sociaux."
        ),
        "financial_partners": (
            "Agence régionale de santé Hauts-de-France (appel à initiatives), Ville de Lille."
        ),
        "governance": (
            "Les ambassadrices animent les ateliers. Les deux référentes se partagent "
            "l'organisation et le budget."
        ),
        "contact_name": "Sophie R.",
        "contact_role": "Référente du Pôle Ressources Santé de Wazemmes",
        "contact_email": "prs.wazemmes@example.org",
        "resources": [
            {
                "title": "Trois recettes de produits ménagers",
                "url": "https://www.example.org/wazemmes/recettes-produits",
                "description": "Lessive, nettoyant et savon, expliqués avec des dessins.",
            },
            {
                "title": "Bien aérer son logement",
                "url": "https://www.example.org/air-interieur/aerer",
                "description": "Les bons gestes pour un air plus sain, sur une seule page.",
            },
        ],
    },
]

# ---- agenda --------------------------------------------------------------------------------

EVENTS_INDEX = {
    "title": "Agenda",
    "slug": "agenda",
    "intro": (
        "Stands, ateliers, réunions d'information, fêtes de la santé\u00a0: voici ce qui se "
        "passe dans les quartiers. La plupart des rendez-vous sont gratuits et ouverts à tous."
    ),
    "search_description": (
        "L'agenda des ambassadeurs santé et des Pôles Ressources Santé de Lille\u00a0: stands, "
        "ateliers, forums et réunions."
    ),
}

EVENTS = [
    {
        "slug": "reunion-partenaires-faubourg-de-bethune",
        "title": "Réunion des partenaires du pôle du Faubourg de Béthune",
        "intro": (
            "Toutes les six semaines, habitants et professionnels du quartier font le point "
            "sur les actions de santé."
        ),
        "body": (
            "La référente envoie l'ordre du jour quelques jours avant. Chaque partenaire peut "
            "présenter une action ou parler d'une difficulté. Les ambassadrices et "
            "ambassadeurs du quartier sont les bienvenus."
        ),
        "category": "pole_meeting",
        "audience": "professionals",
        "pole": "faubourg-de-bethune",
        "place_name": "Pôle Ressources Santé du Faubourg de Béthune",
        "address": "",
        "day_offset": -18,
        "start_time": "14:00",
        "end_time": "16:00",
        "end_day_offset": None,
        "recurrence": "weekly",
        "recurrence_interval": 6,
        "recurrence_weeks_until": 364,
    },
    {
        "slug": "reunion-partenaires-fives",
        "title": "Réunion des partenaires du pôle de Fives",
        "intro": (
            "Le rendez-vous régulier des acteurs de la santé et du social de Fives, avec les "
            "habitants qui le souhaitent."
        ),
        "body": (
            "On y partage les nouvelles du quartier, les projets des ambassadeurs et les "
            "difficultés rencontrées. C'est aussi l'occasion de se présenter quand on vient "
            "d'arriver dans une structure."
        ),
        "category": "pole_meeting",
        "audience": "professionals",
        "pole": "fives",
        "place_name": "Pôle Ressources Santé de Fives",
        "address": "",
        "day_offset": -9,
        "start_time": "14:00",
        "end_time": "16:00",
        "end_day_offset": None,
        "recurrence": "weekly",
        "recurrence_interval": 6,
        "recurrence_weeks_until": 364,
    },
    {
        "slug": "reunion-partenaires-lille-sud",
        "title": "Réunion des partenaires du pôle de Lille Sud",
        "intro": (
            "Professionnels, associations et habitants de Lille Sud se retrouvent pour "
            "construire ensemble les actions de santé du quartier."
        ),
        "body": (
            "La réunion commence par un tour des nouvelles. Ensuite, un thème est travaillé "
            "en petit groupe. La référente envoie un court compte rendu à tous les "
            "participants."
        ),
        "category": "pole_meeting",
        "audience": "professionals",
        "pole": "lille-sud",
        "place_name": "Pôle Ressources Santé de Lille Sud",
        "address": "",
        "day_offset": 2,
        "start_time": "14:00",
        "end_time": "16:00",
        "end_day_offset": None,
        "recurrence": "weekly",
        "recurrence_interval": 6,
        "recurrence_weeks_until": 364,
    },
    {
        "slug": "reunion-partenaires-moulins",
        "title": "Réunion des partenaires du pôle de Moulins",
        "intro": (
            "Toutes les six semaines, les partenaires du pôle de Moulins échangent sur les "
            "besoins et les envies des habitants."
        ),
        "body": (
            "Cette fois, les ambassadrices présenteront le bilan de l'atelier cuisine. "
            "Chacun peut proposer un point à l'ordre du jour en écrivant à la référente."
        ),
        "category": "pole_meeting",
        "audience": "professionals",
        "pole": "moulins",
        "place_name": "Pôle Ressources Santé de Moulins",
        "address": "",
        "day_offset": 11,
        "start_time": "09:30",
        "end_time": "11:30",
        "end_day_offset": None,
        "recurrence": "weekly",
        "recurrence_interval": 6,
        "recurrence_weeks_until": 364,
    },
    {
        "slug": "reunion-partenaires-wazemmes",
        "title": "Réunion des partenaires du pôle de Wazemmes",
        "intro": (
            "Le temps d'échange régulier entre les habitants, les associations et les "
            "professionnels de santé de Wazemmes."
        ),
        "body": (
            "On fait le point sur les actions en cours et on prépare les prochains stands du "
            "marché. Les nouveaux partenaires sont invités à venir se présenter."
        ),
        "category": "pole_meeting",
        "audience": "professionals",
        "pole": "wazemmes",
        "place_name": "Pôle Ressources Santé de Wazemmes",
        "address": "",
        "day_offset": 19,
        "start_time": "14:00",
        "end_time": "16:00",
        "end_day_offset": None,
        "recurrence": "weekly",
        "recurrence_interval": 6,
        "recurrence_weeks_until": 364,
    },
    {
        "slug": "reunion-information-devenir-ambassadeur",
        "title": "Réunion d'information\u00a0: devenir ambassadeur·rice santé",
        "intro": (
            "Vous avez envie d'aider vos voisins à prendre soin de leur santé\u00a0? Venez "
            "découvrir le rôle d'ambassadeur·rice, poser vos questions et rencontrer celles "
            "et ceux qui le font déjà."
        ),
        "body": (
            "La réunion dure une heure et demie. La coordinatrice présente le programme et "
            "la formation de départ, puis des ambassadrices racontent leur expérience. Pas "
            "besoin de s'inscrire. Un goûter est offert et les enfants sont les bienvenus."
        ),
        "category": "information",
        "audience": "everyone",
        "pole": None,
        "place_name": "Mairie de Lille, salle du rez-de-chaussée",
        "address": "Place de la Mairie\n59000 Lille\n(adresse de démonstration)",
        "day_offset": 12,
        "start_time": "18:00",
        "end_time": "19:30",
        "end_day_offset": None,
        "recurrence": "",
        "recurrence_interval": 1,
        "recurrence_weeks_until": None,
    },
    {
        "slug": "reunion-information-ambassadeurs-lille-sud",
        "title": "Devenir ambassadeur·rice\u00a0: réunion d'information à Lille Sud",
        "intro": (
            "Une rencontre près de chez vous pour tout savoir sur le rôle d'ambassadeur·rice "
            "santé, en toute simplicité."
        ),
        "body": (
            "La référente du pôle et deux ambassadrices du quartier répondent à vos "
            "questions\u00a0: le temps à donner, la formation, ce que l'on fait vraiment. "
            "Une interprète en arabe sera présente. Entrée libre."
        ),
        "category": "information",
        "audience": "everyone",
        "pole": "lille-sud",
        "place_name": "Pôle Ressources Santé de Lille Sud",
        "address": "",
        "day_offset": 60,
        "start_time": "14:00",
        "end_time": "15:30",
        "end_day_offset": None,
        "recurrence": "",
        "recurrence_interval": 1,
        "recurrence_weeks_until": None,
    },
    {
        "slug": "stand-droits-sante-marche-wazemmes",
        "title": "Stand «\u00a0Vos droits en santé\u00a0» au marché de Wazemmes",
        "intro": (
            "Carte Vitale, complémentaire santé, médecin traitant\u00a0: des ambassadeurs et "
            "un agent de la CPAM répondent à vos questions, au cœur du marché."
        ),
        "body": (
            "Passez quand vous voulez, même cinq minutes. Apportez vos papiers si vous avez "
            "une démarche en cours\u00a0: on regarde ensemble ce qu'il faut faire. Des "
            "documents simples sont disponibles en plusieurs langues."
        ),
        "category": "stand",
        "audience": "everyone",
        "pole": "wazemmes",
        "place_name": "Marché de Wazemmes, près de la halle",
        "address": "Place du Marché\n59000 Lille\n(adresse de démonstration)",
        "day_offset": 26,
        "start_time": "09:00",
        "end_time": "12:30",
        "end_day_offset": None,
        "recurrence": "",
        "recurrence_interval": 1,
        "recurrence_weeks_until": None,
    },
    {
        "slug": "stand-droits-sante-marche-fives",
        "title": "Stand sur les droits en santé au marché de Fives",
        "intro": (
            "Les ambassadeurs de Fives et la CPAM tiennent un stand pour expliquer vos "
            "droits et vous aider dans vos démarches."
        ),
        "body": (
            "Vous avez été mal reçu·e chez un professionnel de santé, ou on a refusé de vous "
            "soigner\u00a0? Vous pouvez en parler au stand, en toute confiance. Des "
            "ambassadeurs parlent arabe, berbère et anglais."
        ),
        "category": "stand",
        "audience": "everyone",
        "pole": "fives",
        "place_name": "Marché de Fives",
        "address": "Place du Marché de Fives\n59800 Lille\n(adresse de démonstration)",
        "day_offset": -45,
        "start_time": "09:00",
        "end_time": "12:00",
        "end_day_offset": None,
        "recurrence": "",
        "recurrence_interval": 1,
        "recurrence_weeks_until": None,
    },
    {
        "slug": "forum-sante-faubourg-de-bethune",
        "title": "Forum santé du Faubourg de Béthune",
        "intro": (
            "Une journée de fête pour parler santé en famille\u00a0: jeux, stands, "
            "dégustations et professionnels du quartier, préparés par les ambassadrices."
        ),
        "body": (
            "Au programme\u00a0: un parcours de jeux pour les enfants, un stand pour bien "
            "manger sans se ruiner, des informations sur la santé sexuelle, un quiz sur l'air "
            "de la maison et des dépistages gratuits. Entrée libre, venez quand vous voulez "
            "dans la journée."
        ),
        "category": "health_fair",
        "audience": "everyone",
        "pole": "faubourg-de-bethune",
        "place_name": "Square du Faubourg, à côté du pôle",
        "address": "Rue des Acacias\n59000 Lille\n(adresse de démonstration)",
        "day_offset": 40,
        "start_time": "10:00",
        "end_time": "17:00",
        "end_day_offset": None,
        "recurrence": "",
        "recurrence_interval": 1,
        "recurrence_weeks_until": None,
    },
    {
        "slug": "atelier-cuisine-moulins",
        "title": "Atelier cuisine\u00a0: bien manger avec un petit budget",
        "intro": (
            "On cuisine ensemble un repas simple et équilibré, puis on le partage. Une "
            "diététicienne est là pour répondre à vos questions."
        ),
        "body": (
            "L'atelier est gratuit, mais les places sont limitées à douze personnes. "
            "Inscrivez-vous au pôle de Moulins ou auprès d'une ambassadrice. Vous repartez "
            "avec la recette, illustrée de photos."
        ),
        "category": "workshop",
        "audience": "residents",
        "pole": "moulins",
        "place_name": "Centre social de Moulins, cuisine du rez-de-chaussée",
        "address": "",
        "day_offset": 33,
        "start_time": "14:00",
        "end_time": "16:30",
        "end_day_offset": None,
        "recurrence": "",
        "recurrence_interval": 1,
        "recurrence_weeks_until": None,
    },
    {
        "slug": "atelier-stress-fives",
        "title": "Atelier\u00a0: mieux vivre avec le stress",
        "intro": (
            "Deux heures pour comprendre d'où vient le stress et essayer des gestes simples "
            "pour se détendre au quotidien."
        ),
        "body": (
            "Une sophrologue anime l'atelier avec des exercices de respiration faciles à "
            "refaire chez soi. L'idée vient des ambassadrices de Fives, qui entendaient "
            "souvent parler de fatigue et de sommeil difficile."
        ),
        "category": "workshop",
        "audience": "residents",
        "pole": "fives",
        "place_name": "Pôle Ressources Santé de Fives",
        "address": "",
        "day_offset": -75,
        "start_time": "14:00",
        "end_time": "16:00",
        "end_day_offset": None,
        "recurrence": "",
        "recurrence_interval": 1,
        "recurrence_weeks_until": None,
    },
    {
        "slug": "cafe-des-ambassadeurs",
        "title": "Le café des ambassadeurs et ambassadrices",
        "intro": (
            "Chaque mois, un moment convivial entre ambassadeurs et ambassadrices de tous "
            "les quartiers, autour d'un café."
        ),
        "body": (
            "On se raconte ce que l'on a fait, on partage les bonnes idées et on se donne un "
            "coup de main. La coordinatrice passe pour donner les nouvelles du réseau. Pas "
            "besoin de prévenir, venez comme vous êtes."
        ),
        "category": "other",
        "audience": "ambassadors",
        "pole": None,
        "place_name": "Maison des associations",
        "address": "Rue de l'Entraide\n59000 Lille\n(adresse de démonstration)",
        "day_offset": -110,
        "start_time": "09:30",
        "end_time": "11:00",
        "end_day_offset": None,
        "recurrence": "monthly",
        "recurrence_interval": 1,
        "recurrence_weeks_until": 440,
    },
    {
        "slug": "rencontres-sante-participation",
        "title": "Deux journées «\u00a0Santé et participation des habitants\u00a0»",
        "intro": (
            "Habitants, ambassadeurs, professionnels et élus se retrouvent pendant deux jours "
            "pour partager leurs expériences de santé dans les quartiers."
        ),
        "body": (
            "Ateliers, témoignages et tables rondes avec d'autres villes des Hauts-de-France. "
            "Les ambassadeurs présenteront leurs projets et les fiches expérience du portail. "
            "Entrée libre, repas de midi offert sur inscription."
        ),
        "category": "other",
        "audience": "everyone",
        "pole": None,
        "place_name": "Mairie de Lille, salle des fêtes",
        "address": "Place de la Mairie\n59000 Lille\n(adresse de démonstration)",
        "day_offset": 150,
        "start_time": None,
        "end_time": None,
        "end_day_offset": 151,
        "recurrence": "",
        "recurrence_interval": 1,
        "recurrence_weeks_until": None,
    },
    {
        "slug": "fete-sante-lille-sud",
        "title": "Fête de la santé de Lille Sud",
        "intro": (
            "Un après-midi festif au cœur du quartier, avec des stands, des jeux et des "
            "professionnels de santé pour répondre à toutes les questions."
        ),
        "body": (
            "Les ambassadrices de Lille Sud ont préparé un atelier sur l'estime de soi, un "
            "stand sur le diabète et un coin pour fabriquer son propre savon. Des "
            "professionnels proposent des dépistages gratuits."
        ),
        "category": "health_fair",
        "audience": "everyone",
        "pole": "lille-sud",
        "place_name": "Square des Peupliers",
        "address": "Allée des Peupliers\n59000 Lille\n(adresse de démonstration)",
        "day_offset": -200,
        "start_time": "13:30",
        "end_time": "18:00",
        "end_day_offset": None,
        "recurrence": "",
        "recurrence_interval": 1,
        "recurrence_weeks_until": None,
    },
    {
        "slug": "rencontre-annuelle-ambassadeurs",
        "title": "Rencontre annuelle des ambassadeurs et ambassadrices santé",
        "intro": (
            "Une journée pour fêter l'année écoulée, remettre les attestations de formation "
            "et choisir ensemble les projets de l'année suivante."
        ),
        "body": (
            "Le matin, chaque pôle présente ses actions. L'après-midi, on travaille en "
            "petits groupes sur les envies de chacun. Un repas est partagé à midi. Les "
            "enfants peuvent être gardés sur place si vous le demandez à l'avance."
        ),
        "category": "other",
        "audience": "ambassadors",
        "pole": None,
        "place_name": "Mairie de Lille, salle du rez-de-chaussée",
        "address": "Place de la Mairie\n59000 Lille\n(adresse de démonstration)",
        "day_offset": 330,
        "start_time": "09:30",
        "end_time": "16:00",
        "end_day_offset": None,
        "recurrence": "",
        "recurrence_interval": 1,
        "recurrence_weeks_until": None,
    },
]

# ---- pôles ---------------------------------------------------------------------------------

POLES_INDEX = {
    "title": "Les Pôles Ressources Santé",
    "slug": "poles-ressources-sante",
    "intro": (
        "Cinq lieux, dans cinq quartiers de Lille, pour poser ses questions de santé, être "
        "aidé dans ses démarches et rencontrer les ambassadeurs et ambassadrices santé."
    ),
    "search_description": (
        "Les cinq Pôles Ressources Santé de Lille\u00a0: adresses, horaires, services et "
        "référents à Faubourg de Béthune, Fives, Lille Sud, Moulins et Wazemmes."
    ),
    "body_html": (
        "Chaque pôle est accueilli par une association du quartier que les habitants "
        "connaissent déjà. Un·e référent·e santé y reçoit les personnes, les écoute et les "
        "oriente vers le bon service. Toutes les six semaines, le pôle réunit habitants et "
        "professionnels de la santé et du social pour parler des actions du quartier. En "
        "tout, environ 150 partenaires font vivre ce réseau, avec la coordinatrice du "
        "Service Santé de la Ville de Lille."
    ),
}

POLES = [
    {
        "code": "faubourg-de-bethune",
        "title": "Pôle Ressources Santé – Faubourg de Béthune",
        "slug": "faubourg-de-bethune",
        "intro": (
            "Le pôle où tout a commencé\u00a0: les premières ambassadrices santé de Lille "
            "sont venues d'ici. Passez poser vos questions, sans rendez-vous."
        ),
        "services": (
            "<ul>"
            "<li>Information et orientation sur la santé, sans rendez-vous</li>"
            "<li>Aide pour les démarches\u00a0: carte Vitale, complémentaire santé</li>"
            "<li>Dépistages organisés avec les partenaires du quartier</li>"
            "<li>Un groupe de parole entre femmes sur la santé</li>"
            "</ul>"
        ),
        "story": (
            "Au Faubourg de Béthune, un groupe de femmes a voulu en savoir plus sur la santé "
            "sexuelle et sur la façon d'écouter les autres. Après leur formation, elles ont "
            "été les toutes premières ambassadrices de la ville. Depuis, les ambassadrices "
            "du quartier organisent une kermesse de la santé, avec des jeux, des stands et "
            "les professionnels du quartier."
        ),
        "host_association": "Association Le Fil du Faubourg",
        "address": (
            "Maison de quartier du Faubourg\n14 rue des Acacias\n59000 Lille\n"
            "(adresse de démonstration)"
        ),
        "latitude": "50.6205",
        "longitude": "3.0270",
        "opening_hours": (
            "<ul>"
            "<li>Lundi et jeudi\u00a0: 9\u00a0h – 12\u00a0h</li>"
            "<li>Mercredi\u00a0: 14\u00a0h – 17\u00a0h</li>"
            "</ul>"
        ),
        "referent_name": "Leïla K.",
        "referent_email": "prs.faubourg-de-bethune@example.org",
    },
    {
        "code": "fives",
        "title": "Pôle Ressources Santé – Fives",
        "slug": "fives",
        "intro": (
            "À Fives, le pôle vous aide à faire valoir vos droits en santé et vous écoute si "
            "vous avez été mal reçu·e pour des soins."
        ),
        "services": (
            "<ul>"
            "<li>Accueil et orientation, avec des ambassadeurs qui parlent plusieurs "
            "langues</li>"
            "<li>Aide pour ouvrir ou renouveler ses droits, avec la CPAM</li>"
            "<li>Écoute des personnes qui ont vécu un refus de soins</li>"
            "<li>Ateliers sur le stress et le sommeil</li>"
            "</ul>"
        ),
        "story": (
            "Les ambassadeurs de Fives tiennent chaque mois un stand au marché avec la CPAM. "
            "Ils expliquent les droits en santé aux passants et écoutent celles et ceux qui "
            "ont été mal reçus chez un soignant. Ce qu'ils entendent est ensuite porté, sans "
            "nom, au groupe de travail de la métropole sur les discriminations dans les "
            "soins."
        ),
        "host_association": "Association Les Voisins de Fives",
        "address": (
            "Espace des Voisins\n8 rue des Ateliers\n59800 Lille\n(adresse de démonstration)"
        ),
        "latitude": "50.6330",
        "longitude": "3.0890",
        "opening_hours": (
            "<ul>"
            "<li>Mardi et vendredi\u00a0: 9\u00a0h – 12\u00a0h</li>"
            "<li>Jeudi\u00a0: 14\u00a0h – 17\u00a0h\u00a030</li>"
            "<li>Un samedi par mois\u00a0: stand au marché</li>"
            "</ul>"
        ),
        "referent_name": "Karim A.",
        "referent_email": "prs.fives@example.org",
    },
    {
        "code": "lille-sud",
        "title": "Pôle Ressources Santé – Lille Sud",
        "slug": "lille-sud",
        "intro": (
            "Le pôle de Lille Sud vous accueille pour toutes vos questions de santé, et "
            "organise chaque année une fête de la santé dans le quartier."
        ),
        "services": (
            "<ul>"
            "<li>Information santé et orientation vers les bons services</li>"
            "<li>Aide aux démarches, avec une interprète en arabe certains jours</li>"
            "<li>Ateliers sur l'estime de soi et sur le diabète</li>"
            "</ul>"
        ),
        "story": (
            "Les ambassadrices de Lille Sud ont créé une fête de la santé qui réunit chaque "
            "année des familles et des professionnels. Avec leurs voisines de Wazemmes, "
            "elles animent aussi des ateliers pour fabriquer des produits ménagers naturels, "
            "moins chers et meilleurs pour l'air de la maison."
        ),
        "host_association": "Association Sud Solidaire",
        "address": "Maison Sud Solidaire\n22 allée des Peupliers\n59000 Lille\n"
        "(adresse de démonstration)",
        "latitude": "50.6110",
        "longitude": "3.0500",
        "opening_hours": (
            "<ul>"
            "<li>Lundi\u00a0: 14\u00a0h – 17\u00a0h</li>"
            "<li>Mercredi et vendredi\u00a0: 9\u00a0h – 12\u00a0h</li>"
            "</ul>"
        ),
        "referent_name": "Aïcha T.",
        "referent_email": "prs.lille-sud@example.org",
    },
    {
        "code": "moulins",
        "title": "Pôle Ressources Santé – Moulins",
        "slug": "moulins",
        "intro": (
            "À Moulins, le pôle vous informe, vous oriente et vous invite à cuisiner ensemble "
            "pour prendre soin de votre santé."
        ),
        "services": (
            "<ul>"
            "<li>Information et orientation sur la santé</li>"
            "<li>Atelier cuisine chaque mois, avec une diététicienne</li>"
            "<li>Informations sur le diabète et les bilans de santé gratuits</li>"
            "<li>Aide pour trouver un médecin traitant</li>"
            "</ul>"
        ),
        "story": (
            "Deux ambassadrices de Moulins cuisinaient déjà pour leurs voisins. Avec le pôle, "
            "elles ont lancé un atelier cuisine mensuel\u00a0: on fait les courses avec un "
            "petit budget, on cuisine, puis on mange ensemble. Un carnet de recettes en "
            "photos est né de ces rencontres."
        ),
        "host_association": "Association Moulins Ensemble",
        "address": "5 place des Tisserands\n59000 Lille\n(adresse de démonstration)",
        "latitude": "50.6210",
        "longitude": "3.0720",
        "opening_hours": (
            "<ul>"
            "<li>Mardi\u00a0: 9\u00a0h – 12\u00a0h</li>"
            "<li>Jeudi\u00a0: 14\u00a0h – 17\u00a0h</li>"
            "<li>Atelier cuisine\u00a0: un mercredi par mois</li>"
            "</ul>"
        ),
        "referent_name": "Hélène V.",
        "referent_email": "prs.moulins@example.org",
    },
    {
        "code": "wazemmes",
        "title": "Pôle Ressources Santé – Wazemmes",
        "slug": "wazemmes",
        "intro": (
            "Près du marché de Wazemmes, le pôle vous accueille pour vos questions de santé "
            "et vous propose des ateliers pratiques."
        ),
        "services": (
            "<ul>"
            "<li>Accueil, écoute et orientation, sans rendez-vous</li>"
            "<li>Stands sur les droits en santé au marché</li>"
            "<li>Ateliers pour un air plus sain à la maison</li>"
            "</ul>"
        ),
        "story": (
            "Deux ambassadrices de Wazemmes ont suivi la formation sur la qualité de l'air "
            "intérieur. Elles ont ensuite proposé des ateliers pour fabriquer lessive, "
            "nettoyant et savon avec des produits simples. Les ambassadeurs du quartier "
            "tiennent aussi des stands sur les droits en santé au marché."
        ),
        "host_association": "Association Wazemmes Partage",
        "address": "31 rue du Marché\n59000 Lille\n(adresse de démonstration)",
        "latitude": "50.6275",
        "longitude": "3.0480",
        "opening_hours": (
            "<ul>"
            "<li>Lundi et mercredi\u00a0: 9\u00a0h – 12\u00a0h</li>"
            "<li>Vendredi\u00a0: 14\u00a0h – 17\u00a0h</li>"
            "</ul>"
        ),
        "referent_name": "Sophie R.",
        "referent_email": "prs.wazemmes@example.org",
    },
]

# ---- trainings -----------------------------------------------------------------------------

TRAININGS_INDEX = {
    "title": "Les formations",
    "slug": "formations",
    "intro": (
        "Pour commencer, trois temps de formation, courts et gratuits. Ensuite, vous "
        "choisissez les thèmes qui vous intéressent. Chaque formation suivie compte sur votre "
        "attestation."
    ),
    "search_description": (
        "Les formations des ambassadeurs santé de Lille\u00a0: le parcours de départ, puis "
        "des thèmes au choix comme les premiers secours ou la vaccination."
    ),
}

TRAININGS = [
    {
        "slug": "role-ambassadeur",
        "title": "Le rôle d'ambassadeur·rice",
        "intro": (
            "Une demi-journée pour faire connaissance avec la coordinatrice et avec les "
            "autres nouveaux. On parle de ce que fait un·e ambassadeur·rice, et de ce qu'il "
            "ou elle ne fait pas."
        ),
        "objectives": (
            "<ul>"
            "<li>Comprendre le programme et le réseau des Pôles Ressources Santé</li>"
            "<li>Savoir ce que l'on peut faire, et où s'arrête son rôle</li>"
            "<li>Choisir comment et à quel rythme s'engager</li>"
            "</ul>"
        ),
        "content": (
            "<p>La coordinatrice des Pôles Ressources Santé anime ce premier temps, en petit "
            "groupe.</p>"
            "<ul>"
            "<li>Tour de table\u00a0: pourquoi je suis là\u00a0?</li>"
            "<li>Les pôles, les référents et les partenaires</li>"
            "<li>Le rôle, ses limites, et ce que l'on garde pour soi</li>"
            "<li>Les différentes façons de s'engager</li>"
            "</ul>"
        ),
        "partner": "Ville de Lille, Service Santé",
        "duration_label": "Une demi-journée",
        "duration_hours": "3.5",
        "initial_path": True,
        "path_order": 1,
        "prerequisites": "",
        "requires_initial_path": False,
    },
    {
        "slug": "ecoute-active",
        "title": "L'écoute active",
        "intro": (
            "Deux journées à la mairie de Lille pour apprendre à écouter vraiment\u00a0: "
            "accueillir la parole de l'autre sans juger, et garder la bonne distance."
        ),
        "objectives": (
            "<ul>"
            "<li>Écouter sans juger et sans coller d'étiquette</li>"
            "<li>Poser des questions ouvertes et reformuler</li>"
            "<li>Se protéger quand on entend des histoires difficiles</li>"
            "<li>Savoir passer le relais à un professionnel</li>"
            "</ul>"
        ),
        "content": (
            "<p>Une formatrice spécialisée anime les deux journées, avec beaucoup "
            "d'exercices et peu de théorie.</p>"
            "<ul>"
            "<li>Jour 1\u00a0: ce qu'est une bonne écoute, exercices à deux</li>"
            "<li>Jour 2\u00a0: situations du quartier jouées et discutées, prendre soin de "
            "soi</li>"
            "</ul>"
        ),
        "partner": "Ville de Lille, Service Santé",
        "duration_label": "Deux journées",
        "duration_hours": "14",
        "initial_path": True,
        "path_order": 2,
        "prerequisites": "",
        "requires_initial_path": False,
    },
    {
        "slug": "droits-en-sante",
        "title": "Les droits en santé",
        "intro": (
            "Une demi-journée avec la CPAM pour comprendre les droits de chacun et savoir "
            "vers qui orienter une personne qui a besoin d'aide."
        ),
        "objectives": (
            "<ul>"
            "<li>Connaître les bases\u00a0: carte Vitale, médecin traitant, complémentaire "
            "santé</li>"
            "<li>Savoir quelles aides existent pour les petits revenus</li>"
            "<li>Reconnaître un refus de soins et savoir quoi faire</li>"
            "</ul>"
        ),
        "content": (
            "<p>Un agent de la CPAM explique les droits avec des exemples concrets, puis "
            "répond aux questions du groupe.</p>"
            "<ul>"
            "<li>Le parcours de soins, expliqué simplement</li>"
            "<li>La complémentaire santé solidaire</li>"
            "<li>Les lieux où se faire aider près de chez soi</li>"
            "</ul>"
        ),
        "partner": "CPAM de Lille-Douai",
        "duration_label": "Une demi-journée",
        "duration_hours": "3.5",
        "initial_path": True,
        "path_order": 3,
        "prerequisites": "",
        "requires_initial_path": False,
    },
    {
        "slug": "premiers-secours",
        "title": "Les premiers secours",
        "intro": (
            "Une journée pour savoir réagir face à un malaise, une brûlure ou une chute, "
            "en attendant les secours."
        ),
        "objectives": (
            "<ul>"
            "<li>Protéger, alerter, secourir\u00a0: les bons réflexes</li>"
            "<li>Savoir appeler le 15, le 18 ou le 112 et quoi dire</li>"
            "<li>Pratiquer les gestes qui sauvent</li>"
            "</ul>"
        ),
        "content": (
            "<p>Une formation très pratique, où chacun s'entraîne sur des mannequins.</p>"
            "<ul>"
            "<li>La position latérale de sécurité</li>"
            "<li>Le massage cardiaque et le défibrillateur</li>"
            "<li>Les saignements, les brûlures et l'étouffement</li>"
            "</ul>"
        ),
        "partner": "Croix-Rouge française, délégation de Lille",
        "duration_label": "Une journée",
        "duration_hours": "7",
        "initial_path": False,
        "path_order": 0,
        "prerequisites": (
            "Avoir suivi le parcours de départ. Prévoir une tenue confortable\u00a0: on "
            "s'entraîne au sol."
        ),
        "requires_initial_path": True,
    },
    {
        "slug": "sante-sexuelle",
        "title": "La santé sexuelle",
        "intro": (
            "Une journée pour parler sans gêne de contraception, de dépistage et de "
            "relations respectueuses, et savoir où orienter."
        ),
        "objectives": (
            "<ul>"
            "<li>Connaître les moyens de contraception et les lieux où en parler</li>"
            "<li>Savoir où se faire dépister, gratuitement</li>"
            "<li>Aborder ces sujets avec respect, sans juger</li>"
            "</ul>"
        ),
        "content": (
            "<p>Une sage-femme et une conseillère animent la journée, en groupe non mixte "
            "si les participants le souhaitent.</p>"
            "<ul>"
            "<li>Le corps, la contraception et la grossesse</li>"
            "<li>Les infections sexuellement transmissibles et le dépistage</li>"
            "<li>Les violences\u00a0: repérer et orienter</li>"
            "</ul>"
        ),
        "partner": "Centre de santé sexuelle de la Ville de Lille",
        "duration_label": "Une journée",
        "duration_hours": "7",
        "initial_path": False,
        "path_order": 0,
        "prerequisites": "Avoir suivi le parcours de départ, en particulier l'écoute active.",
        "requires_initial_path": True,
    },
    {
        "slug": "vaccination",
        "title": "La vaccination, parlons-en",
        "intro": (
            "Une demi-journée pour comprendre à quoi servent les vaccins, répondre aux "
            "questions des voisins et savoir où se faire vacciner."
        ),
        "objectives": (
            "<ul>"
            "<li>Comprendre simplement comment marche un vaccin</li>"
            "<li>Connaître les vaccins conseillés aux enfants et aux adultes</li>"
            "<li>Répondre aux doutes avec calme et sans forcer</li>"
            "</ul>"
        ),
        "content": (
            "<p>Un médecin du centre de vaccination répond à toutes les questions, même "
            "celles que l'on n'ose pas poser.</p>"
        ),
        "partner": "Centre de vaccination de la Ville de Lille",
        "duration_label": "Une demi-journée",
        "duration_hours": "3.5",
        "initial_path": False,
        "path_order": 0,
        "prerequisites": "Avoir suivi le parcours de départ.",
        "requires_initial_path": True,
    },
    {
        "slug": "qualite-air-interieur",
        "title": "La qualité de l'air intérieur",
        "intro": (
            "Une demi-journée pour comprendre ce qui pollue l'air de la maison et partager "
            "des gestes simples pour mieux respirer chez soi."
        ),
        "objectives": (
            "<ul>"
            "<li>Repérer ce qui abîme l'air de la maison\u00a0: humidité, tabac, produits "
            "parfumés</li>"
            "<li>Connaître les bons gestes d'aération</li>"
            "<li>Savoir vers qui orienter en cas de moisissures</li>"
            "</ul>"
        ),
        "content": (
            "<p>Une conseillère en environnement intérieur anime la séance avec des objets "
            "du quotidien.</p>"
            "<ul>"
            "<li>L'air de la maison et la santé des enfants</li>"
            "<li>Aérer, chauffer, nettoyer\u00a0: les bons réflexes</li>"
            "<li>Des recettes simples de produits ménagers</li>"
            "</ul>"
        ),
        "partner": "Ville de Lille, Service Santé",
        "duration_label": "Une demi-journée",
        "duration_hours": "3.5",
        "initial_path": False,
        "path_order": 0,
        "prerequisites": "Avoir suivi le parcours de départ.",
        "requires_initial_path": True,
    },
]

# ---- funding calls -------------------------------------------------------------------------

FUNDING_INDEX = {
    "title": "Appels à projets",
    "slug": "appels-a-projets",
    "intro": (
        "Vous avez une idée pour la santé de votre quartier\u00a0? Des partenaires financent "
        "les projets des ambassadeurs. Le ou la référente de votre pôle vous aide à "
        "répondre."
    ),
    "search_description": (
        "Les appels à projets ouverts aux ambassadeurs santé de Lille\u00a0: montants, dates "
        "et critères."
    ),
}

FUNDING_CALLS = [
    {
        "slug": "ars-initiatives-sante-2027",
        "title": "Initiatives santé des habitants 2027",
        "funder": "ARS Hauts-de-France",
        "summary": (
            "L'Agence régionale de santé soutient des actions imaginées par les habitants "
            "pour la santé de leur quartier\u00a0: ateliers, fêtes, stands, groupes de "
            "parole. Chaque projet peut recevoir jusqu'à 5\u00a0000\u00a0euros. Les "
            "ambassadeurs et ambassadrices, avec leur pôle, sont invités à déposer leur "
            "idée."
        ),
        "envelope": 40000,
        "max_per_project": 5000,
        "opens_day_offset": -30,
        "closes_day_offset": 45,
        "eligibility": (
            "<p>Le projet doit se dérouler dans un quartier prioritaire de Lille, en 2027. "
            "Il peut être déposé par\u00a0:</p>"
            "<ul>"
            "<li>un groupe d'ambassadeurs ou d'ambassadrices santé, avec leur pôle</li>"
            "<li>une association qui accueille un Pôle Ressources Santé</li>"
            "<li>un centre social ou une association de quartier, avec des habitants</li>"
            "</ul>"
        ),
        "criteria": [
            (
                "Le projet répond aux attentes des habitants",
                "L'idée vient des habitants eux-mêmes, ou ils ont été consultés avant.",
            ),
            (
                "Les ambassadeurs sont au cœur du projet",
                "Ils participent à la préparation, à l'animation et au bilan.",
            ),
            (
                "Il touche les personnes éloignées des soins",
                "Le projet va vers celles et ceux que les services voient peu.",
            ),
            (
                "Il est faisable, avec un budget clair",
                "Les étapes, les partenaires et les dépenses sont réalistes.",
            ),
            (
                "Un bilan simple est prévu",
                "On sait dès le départ comment compter les personnes touchées et recueillir "
                "leur avis.",
            ),
        ],
    },
    {
        "slug": "conseil-departemental-autonomie",
        "title": "Autonomie et santé au quotidien",
        "funder": "Conseil départemental du Nord",
        "summary": (
            "Le Département aide des projets qui permettent aux habitants de garder leur "
            "autonomie et de prendre soin d'eux\u00a0: bien manger, bouger, garder le "
            "moral, rompre l'isolement. Chaque projet pouvait recevoir jusqu'à "
            "4\u00a0000\u00a0euros. Cet appel est terminé\u00a0; le prochain sera annoncé "
            "sur cette page."
        ),
        "envelope": 30000,
        "max_per_project": 4000,
        "opens_day_offset": -200,
        "closes_day_offset": -120,
        "eligibility": (
            "<p>L'appel était ouvert aux projets menés dans le département du Nord, "
            "par\u00a0:</p>"
            "<ul>"
            "<li>des associations de quartier et des centres sociaux</li>"
            "<li>des groupes d'habitants accompagnés par une structure</li>"
            "<li>des Pôles Ressources Santé avec leurs ambassadeurs</li>"
            "</ul>"
        ),
        "criteria": [
            (
                "Le projet part des attentes des habitants",
                "Les personnes concernées ont dit ce dont elles avaient envie.",
            ),
            (
                "Il aide chacun à rester autonome",
                "Les participants repartent avec des savoir-faire utiles au quotidien.",
            ),
            (
                "Il rompt l'isolement",
                "Le projet crée des liens entre voisins, entre générations.",
            ),
            (
                "Le budget est clair et raisonnable",
                "Les dépenses sont justifiées et d'autres soutiens sont recherchés.",
            ),
        ],
    },
]

# END OF CONTENT
