"""The home page and the programme page, in French with English and Arabic translations.

Written afresh from the facts of the programme (see shared/DOMAIN.md). Every language has
the same shape: wagtail-localize pairs the strings in order.
"""

from .stream import bullet_list, call_to_action, faq, heading, image, paragraphs, quote

HOME = {
    "fr": {
        "title": "Accueil",
        "slug": "accueil",
        "seo_title": "Ambassadeurs santé de Lille : la santé se partage entre voisins",
        "search_description": (
            "Des habitantes et habitants bénévoles, formés par la Ville de Lille, relaient "
            "l'information santé dans cinq quartiers. Découvrez le programme et rejoignez-le."
        ),
        "hero_title": "La santé se partage entre voisins",
        "hero_text": (
            "Dans cinq quartiers de Lille, des habitantes et des habitants bénévoles informent "
            "leurs voisins et les aident à trouver le bon interlocuteur. Et si c'était vous ?"
        ),
        "hero_cta_label": "Devenir ambassadeur·rice",
        "easy_read_summary": (
            "Des habitants de Lille aident leurs voisins à prendre soin de leur santé.\n"
            "On les appelle les ambassadeurs santé.\n"
            "Ils sont bénévoles : ils donnent de leur temps.\n"
            "Ils sont présents dans 5 quartiers de Lille.\n"
            "Vous pouvez devenir ambassadeur, vous aussi."
        ),
        "intro": paragraphs(
            "Le programme des ambassadeurs et ambassadrices santé est né en 2015 dans les "
            "Pôles Ressources Santé de la Ville de Lille. Son idée est simple : une information "
            "de santé passe mieux quand elle vient de quelqu'un que l'on connaît.",
            "Les ambassadeurs sont des bénévoles formés. Ils relaient l'information autour "
            "d'eux, montent des projets avec leur quartier et font entendre la voix des "
            "habitants auprès des professionnels. Ils étaient 65 en 2022.",
        )["value"],
        "featured": [
            (
                "programme",
                "Qui sont les ambassadeurs ?",
                "Leur rôle, leur formation, leurs projets.",
            ),
            ("catalogue", "Les fiches expérience", "Des actions à reproduire ailleurs."),
            ("trainings", "Les formations", "Le parcours de départ et les thèmes au choix."),
        ],
    },
    "en": {
        "title": "Home",
        "slug": "home",
        "seo_title": "Lille health ambassadors: health is shared between neighbours",
        "search_description": (
            "Volunteer residents, trained by the City of Lille, pass on health information in "
            "five neighbourhoods. Discover the programme and join it."
        ),
        "hero_title": "Health is shared between neighbours",
        "hero_text": (
            "In five neighbourhoods of Lille, volunteer residents inform their neighbours and "
            "help them find the right person to talk to. What if it were you?"
        ),
        "hero_cta_label": "Become an ambassador",
        "easy_read_summary": (
            "People who live in Lille help their neighbours take care of their health.\n"
            "They are called health ambassadors.\n"
            "They are volunteers: they give their time.\n"
            "They are in 5 neighbourhoods of Lille.\n"
            "You can become an ambassador too."
        ),
        "intro": paragraphs(
            "The health ambassadors programme started in 2015 in the City of Lille's Health "
            "Resource Hubs. Its idea is simple: health information gets through better when it "
            "comes from someone you know.",
            "Ambassadors are trained volunteers. They pass information on to the people around "
            "them, build projects with their neighbourhood and make residents' voices heard by "
            "professionals. There were 65 of them in 2022.",
        )["value"],
        "featured": [
            (
                "programme",
                "Who are the ambassadors?",
                "Their role, their training, their projects.",
            ),
            ("catalogue", "Experience sheets", "Actions to reproduce elsewhere."),
            ("trainings", "Trainings", "The starting path and the topics to choose from."),
        ],
    },
    "ar": {
        "title": "الصفحة الرئيسية",
        "slug": "home-ar",
        "seo_title": "سفراء الصحة في ليل: الصحة نتقاسمها بين الجيران",
        "search_description": (
            "سكان متطوعون، دربتهم بلدية ليل، ينقلون المعلومات الصحية في خمسة أحياء. "
            "تعرّفوا على البرنامج وانضموا إليه."
        ),
        "hero_title": "الصحة نتقاسمها بين الجيران",
        "hero_text": (
            "في خمسة أحياء من ليل، تقوم ساكنات وسكان متطوعون بإعلام جيرانهم ومساعدتهم على "
            "إيجاد الشخص المناسب. لماذا لا تكون أنت؟"
        ),
        "hero_cta_label": "كن سفيرًا للصحة",
        "easy_read_summary": (
            "سكان من ليل يساعدون جيرانهم على الاعتناء بصحتهم.\n"
            "نسمّيهم سفراء الصحة.\n"
            "هم متطوعون: يمنحون من وقتهم.\n"
            "هم موجودون في 5 أحياء من ليل.\n"
            "يمكنك أنت أيضًا أن تصبح سفيرًا."
        ),
        "intro": paragraphs(
            "انطلق برنامج سفيرات وسفراء الصحة سنة 2015 في أقطاب الموارد الصحية التابعة لبلدية "
            "ليل. فكرته بسيطة: المعلومة الصحية تصل بشكل أفضل عندما تأتي من شخص نعرفه.",
            "السفراء متطوعون تلقّوا تكوينًا. ينقلون المعلومات إلى من حولهم، ويبنون مشاريع مع "
            "حيّهم، ويوصلون صوت السكان إلى المهنيين. بلغ عددهم 65 سنة 2022.",
        )["value"],
        "featured": [
            ("programme", "من هم السفراء؟", "دورهم وتكوينهم ومشاريعهم."),
            ("catalogue", "بطاقات التجارب", "أعمال يمكن إعادة تنفيذها في أماكن أخرى."),
            ("trainings", "التكوينات", "مسار البداية والمواضيع الاختيارية."),
        ],
    },
}


def _programme_fr():
    return {
        "title": "Le programme",
        "slug": "le-programme",
        "search_description": (
            "Qui sont les ambassadeurs santé de Lille, comment ils sont formés et ce qu'ils font "
            "dans leur quartier."
        ),
        "intro": (
            "Des habitantes et des habitants volontaires, formés par la Ville de Lille, qui "
            "aident leurs voisins à prendre soin de leur santé et à faire valoir leurs droits."
        ),
        "body": [
            heading("Des habitants relais de santé"),
            paragraphs(
                "Les ambassadeurs et ambassadrices santé sont des bénévoles qui vivent dans les "
                "quartiers prioritaires de Lille. Beaucoup sont des femmes, et beaucoup ont "
                "elles-mêmes traversé des difficultés de santé : elles savent combien il est "
                "difficile de s'y retrouver.",
                "Leur force, c'est la proximité. Ils parlent à des personnes que les services "
                "ne connaissent pas, les informent sur leurs droits, les dépistages et la "
                "prévention, et les orientent vers le bon interlocuteur.",
            ),
            heading("Comment tout a commencé"),
            paragraphs(
                "Depuis 2012, cinq Pôles Ressources Santé accueillent les habitants à Fives, "
                "à Lille Sud, à Moulins, à Wazemmes et au Faubourg de Béthune. Lors de temps "
                "d'échange, un groupe de femmes du Faubourg de Béthune a voulu aller plus loin "
                "sur la santé sexuelle et l'écoute active.",
                "Formées en 2015, elles sont devenues les premières ambassadrices santé de la "
                "ville. Le programme s'est ensuite étendu aux quatre autres pôles.",
            ),
            image(
                "neighbourhood",
                "Dessin de maisons colorées surmontées de bulles de dialogue et d'un cœur",
                "Un réseau de voisins qui se parlent de santé.",
            ),
            heading("Un engagement à la carte"),
            bullet_list(
                "Chaque ambassadeur choisit jusqu'où il s'engage :",
                [
                    "relayer l'information santé auprès de son entourage ;",
                    "suivre des formations thématiques ;",
                    "construire et animer des projets de santé dans son quartier ;",
                    "siéger dans des groupes de travail ou des comités de pilotage.",
                ],
            ),
            quote(
                "Avant, je n'osais pas poser de questions au médecin. Aujourd'hui, j'aide mes "
                "voisines à préparer leurs rendez-vous.",
                "Une ambassadrice du quartier de Moulins",
            ),
            heading("La formation"),
            bullet_list(
                "Le parcours de départ tient en trois temps :",
                [
                    "une demi-journée avec la coordinatrice des pôles pour découvrir le rôle "
                    "d'ambassadeur ;",
                    "deux journées d'écoute active, à l'Hôtel de Ville, pour accueillir la "
                    "parole sans juger ;",
                    "une demi-journée avec la CPAM sur les droits en santé.",
                ],
                ordered=True,
            ),
            paragraphs(
                "Des formations thématiques complètent le parcours : premiers secours, santé "
                "sexuelle, vaccination, qualité de l'air intérieur, accompagnement des "
                "personnes isolées."
            ),
            heading("Quelques chiffres"),
            bullet_list(
                "",
                [
                    "59 ambassadeurs formés entre 2015 et 2019, 65 en 2022 ;",
                    "150 partenaires associés aux réunions des pôles ;",
                    "2 410 personnes informées ou accompagnées par les pôles en 2016.",
                ],
            ),
            faq(
                "Questions fréquentes",
                [
                    (
                        "Faut-il un diplôme ou une expérience ?",
                        "Non. La seule condition est d'être majeur·e. La formation vous donne "
                        "les bases.",
                    ),
                    (
                        "Combien de temps faut-il y consacrer ?",
                        "C'est vous qui décidez. Certains relaient simplement l'information "
                        "autour d'eux, d'autres montent des projets.",
                    ),
                    (
                        "Est-ce rémunéré ?",
                        "Non, l'engagement est bénévole. Une attestation des formations suivies "
                        "peut être utile pour un CV ou une validation des acquis.",
                    ),
                ],
            ),
            call_to_action(
                "Envie de vous engager ?",
                "Parlez-en au référent du Pôle Ressources Santé de votre quartier.",
                "Trouver mon pôle",
                "poles",
            ),
        ],
    }


def _programme_en():
    return {
        "title": "The programme",
        "slug": "the-programme",
        "search_description": (
            "Who Lille's health ambassadors are, how they are trained and what they do in their "
            "neighbourhood."
        ),
        "intro": (
            "Volunteer residents, trained by the City of Lille, who help their neighbours take "
            "care of their health and claim their rights."
        ),
        "body": [
            heading("Residents who pass health on"),
            paragraphs(
                "Health ambassadors are volunteers who live in Lille's priority neighbourhoods. "
                "Many are women, and many have faced health difficulties themselves: they know "
                "how hard it is to find your way.",
                "Their strength is closeness. They talk to people that services do not know, "
                "tell them about their rights, screening and prevention, and point them to the "
                "right person.",
            ),
            heading("How it all started"),
            paragraphs(
                "Since 2012, five Health Resource Hubs have welcomed residents in Fives, Lille "
                "Sud, Moulins, Wazemmes and Faubourg de Béthune. During discussion sessions, a "
                "group of women from Faubourg de Béthune wanted to go further on sexual health "
                "and active listening.",
                "Trained in 2015, they became the city's first health ambassadors. The "
                "programme then spread to the four other hubs.",
            ),
            image(
                "neighbourhood",
                "Drawing of colourful houses under speech bubbles and a heart",
                "A network of neighbours who talk about health.",
            ),
            heading("Commitment your way"),
            bullet_list(
                "Each ambassador chooses how far to go:",
                [
                    "passing health information on to the people around them;",
                    "attending thematic trainings;",
                    "building and running health projects in their neighbourhood;",
                    "sitting on working groups or steering committees.",
                ],
            ),
            quote(
                "I used to be afraid to ask the doctor questions. Now I help my neighbours "
                "prepare for their appointments.",
                "An ambassador from the Moulins neighbourhood",
            ),
            heading("Training"),
            bullet_list(
                "The starting path has three parts:",
                [
                    "half a day with the hubs' coordinator to discover the ambassador's role;",
                    "two days of active listening, at the town hall, to welcome what people "
                    "say without judging;",
                    "half a day with the CPAM, the health-insurance fund, on health rights.",
                ],
                ordered=True,
            ),
            paragraphs(
                "Thematic trainings complete the path: first aid, sexual health, vaccination, "
                "indoor air quality, supporting isolated people."
            ),
            heading("A few figures"),
            bullet_list(
                "",
                [
                    "59 ambassadors trained between 2015 and 2019, 65 in 2022;",
                    "150 partners involved in the hubs' meetings;",
                    "2,410 people informed or supported by the hubs in 2016.",
                ],
            ),
            faq(
                "Frequently asked questions",
                [
                    (
                        "Do I need a diploma or experience?",
                        "No. The only condition is to be an adult. The training gives you the "
                        "basics.",
                    ),
                    (
                        "How much time does it take?",
                        "You decide. Some simply pass information on to those around them, "
                        "others build projects.",
                    ),
                    (
                        "Is it paid?",
                        "No, it is voluntary. A certificate of the trainings attended can help "
                        "for a CV or a validation of prior experience.",
                    ),
                ],
            ),
            call_to_action(
                "Would you like to get involved?",
                "Talk to the referent of the Health Resource Hub in your neighbourhood.",
                "Find my hub",
                "poles",
            ),
        ],
    }


def _programme_ar():
    return {
        "title": "البرنامج",
        "slug": "the-programme",
        "search_description": "من هم سفراء الصحة في ليل، وكيف يتم تكوينهم، وماذا يفعلون في حيّهم.",
        "intro": (
            "ساكنات وسكان متطوعون، دربتهم بلدية ليل، يساعدون جيرانهم على الاعتناء بصحتهم "
            "والمطالبة بحقوقهم."
        ),
        "body": [
            heading("سكان ينقلون المعرفة الصحية"),
            paragraphs(
                "سفيرات وسفراء الصحة متطوعون يعيشون في الأحياء ذات الأولوية في ليل. كثير منهم "
                "نساء، وكثير منهم عاشوا بأنفسهم صعوبات صحية: يعرفون كم هو صعب أن يجد المرء طريقه.",
                "قوتهم هي القرب. يتحدثون إلى أشخاص لا تعرفهم المصالح، ويخبرونهم بحقوقهم "
                "وبالكشف المبكر والوقاية، ويوجهونهم إلى الشخص المناسب.",
            ),
            heading("كيف بدأ كل شيء"),
            paragraphs(
                "منذ 2012، تستقبل خمسة أقطاب للموارد الصحية السكان في أحياء Fives وLille Sud "
                "وMoulins وWazemmes وFaubourg de Béthune. خلال لقاءات للحوار، أرادت مجموعة من "
                "نساء Faubourg de Béthune التعمق في الصحة الجنسية والإصغاء الفعّال.",
                "بعد تكوينهن سنة 2015، أصبحن أولى سفيرات الصحة في المدينة. ثم امتد البرنامج إلى "
                "الأقطاب الأربعة الأخرى.",
            ),
            image(
                "neighbourhood",
                "رسم لبيوت ملوّنة تعلوها فقاعات حوار وقلب",
                "شبكة من الجيران يتحدثون عن الصحة.",
            ),
            heading("التزام حسب اختيارك"),
            bullet_list(
                "يختار كل سفير مدى التزامه:",
                [
                    "نقل المعلومات الصحية إلى المحيطين به؛",
                    "متابعة تكوينات موضوعاتية؛",
                    "بناء مشاريع صحية وتنشيطها في حيّه؛",
                    "المشاركة في مجموعات عمل أو لجان توجيه.",
                ],
            ),
            quote(
                "في السابق كنت لا أجرؤ على طرح الأسئلة على الطبيب. اليوم أساعد جاراتي على "
                "التحضير لمواعيدهن.",
                "سفيرة من حي Moulins",
            ),
            heading("التكوين"),
            bullet_list(
                "يتكون مسار البداية من ثلاث مراحل:",
                [
                    "نصف يوم مع منسقة الأقطاب لاكتشاف دور السفير؛",
                    "يومان للإصغاء الفعّال، في مقر البلدية، لاستقبال الكلام دون إصدار أحكام؛",
                    "نصف يوم مع صندوق التأمين الصحي (CPAM) حول الحقوق الصحية.",
                ],
                ordered=True,
            ),
            paragraphs(
                "تكمّل تكوينات موضوعاتية هذا المسار: الإسعافات الأولية، الصحة الجنسية، التلقيح، "
                "جودة الهواء الداخلي، مرافقة الأشخاص المعزولين."
            ),
            heading("بعض الأرقام"),
            bullet_list(
                "",
                [
                    "59 سفيرًا تم تكوينهم بين 2015 و2019، و65 سنة 2022؛",
                    "150 شريكًا يشاركون في اجتماعات الأقطاب؛",
                    "2410 أشخاص تم إعلامهم أو مرافقتهم من طرف الأقطاب سنة 2016.",
                ],
            ),
            faq(
                "أسئلة متكررة",
                [
                    (
                        "هل أحتاج إلى شهادة أو خبرة؟",
                        "لا. الشرط الوحيد هو أن تكون راشدًا. التكوين يمنحك الأساسيات.",
                    ),
                    (
                        "كم من الوقت يتطلب ذلك؟",
                        "أنت من يقرر. البعض ينقل المعلومات فقط إلى المحيطين به، والبعض الآخر "
                        "يبني مشاريع.",
                    ),
                    (
                        "هل هو عمل مدفوع الأجر؟",
                        "لا، الالتزام تطوعي. يمكن لشهادة التكوينات المتبعة أن تفيد في السيرة "
                        "الذاتية أو في المصادقة على مكتسبات الخبرة.",
                    ),
                ],
            ),
            call_to_action(
                "هل ترغب في الالتزام؟",
                "تحدّث مع مرجع قطب الموارد الصحية في حيّك.",
                "اعثر على قطبي",
                "poles",
            ),
        ],
    }


PROGRAMME = {"fr": _programme_fr(), "en": _programme_en(), "ar": _programme_ar()}
