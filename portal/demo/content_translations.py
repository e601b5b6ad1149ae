"""English and Arabic translations of the public demo content: same shapes as the French,
other language."""

# ---- recruitment ---------------------------------------------------------------------------

RECRUITMENT = {
    "en": {
        "title": "Become a health ambassador",
        "slug": "become-an-ambassador",
        "search_description": (
            "Over 18 and keen to help your neighbours? Become a volunteer health ambassador in "
            "Lille: a short training course and a hub near you."
        ),
        "intro": (
            "Do you like helping out and chatting with your neighbours? Health ambassadors are "
            "volunteer residents. They give simple health information and help everyone find "
            "the right door. No diploma needed: we train you and support you along the way."
        ),
        "apply_label": "I want to become an ambassador",
        "who_can_join": (
            "<p>All you need is to be an adult. No diploma is required, and you do not need to "
            "know everything about health. What matters is wanting to help others and knowing "
            "your neighbourhood well.</p><p>Today, most ambassadors are women. Many have been "
            "through health problems themselves, and that experience is precious. Every "
            "neighbourhood of Lille is welcome, starting with the priority neighbourhoods.</p>"
        ),
        "involvement": [
            (
                "Passing on information",
                (
                    "You talk about health with your family, your neighbours, the parents at "
                    "the school gate. You also think of the people who are never seen in "
                    "services, and you tell them where to go."
                ),
            ),
            (
                "Training on topics",
                (
                    "First aid, sexual health, vaccination, the air in your home… You choose "
                    "the trainings that interest you, when you have the time."
                ),
            ),
            (
                "Building a health project",
                (
                    "A workshop, a party, an outing: you suggest an idea for your "
                    "neighbourhood. Your hub's referent helps you build it, step by step."
                ),
            ),
            (
                "Giving your opinion and running stands",
                (
                    "You can join working groups or committees, and run stands on health "
                    "rights. Your view as a resident counts."
                ),
            ),
        ],
        "path_steps": [
            (
                "The ambassador's role",
                "Half a day",
                (
                    "With the coordinator of the Health Resource Hubs, you find out what an "
                    "ambassador does, and also what an ambassador does not do."
                ),
            ),
            (
                "Active listening",
                "Two days",
                (
                    "At Lille town hall, you learn to listen without judging, to welcome what "
                    "the other person says and to keep the right distance."
                ),
            ),
            (
                "Health rights",
                "Half a day",
                (
                    "The CPAM, the local health insurance fund, explains everyone's rights: "
                    "the Carte Vitale, top-up health insurance, possible financial help. You "
                    "will know where to send people."
                ),
            ),
        ],
        "testimonials": [
            (
                (
                    "Before, I didn't dare ask the doctor questions. Now I do, and I help my "
                    "neighbours to dare as well."
                ),
                "Samia B.",
                "Faubourg de Béthune",
            ),
            (
                (
                    "I just give a little of my time, and I can see that it helps. One of my "
                    "neighbours finally went for her screening."
                ),
                "Fatou D.",
                "Fives",
            ),
            (
                (
                    "At first, I was afraid I wouldn't know enough. The training reassured me, "
                    "and you are never on your own."
                ),
                "Josiane L.",
                "Moulins",
            ),
        ],
        "faq": [
            (
                "Am I paid?",
                (
                    "No. Ambassadors are volunteers: you give your time because you want to. "
                    "The trainings are free, and nothing is asked of you in return."
                ),
            ),
            (
                "How much time do I need to give?",
                (
                    "You decide. To start with, the training lasts three days in all. After "
                    "that, some people give one hour a month, others much more. You can take a "
                    "break whenever you need to."
                ),
            ),
            (
                "My French is weak or I find reading hard. Is that a problem?",
                (
                    "No. The trainings are mostly spoken, with simple words. Speaking another "
                    "language is even a real strength: you will be able to help people that "
                    "services fail to reach. If needed, we look for an interpreting solution "
                    "together."
                ),
            ),
            (
                "Are the trainings recognised?",
                (
                    "You receive a certificate listing the trainings you attended, with the "
                    "number of hours. You can add it to your CV. One ambassador used it for a "
                    "VAE, the validation of prior experience, and became a social mediator."
                ),
            ),
            (
                "How do I start?",
                (
                    "Fill in the form on this page. The referent of the Health Resource Hub in "
                    "your neighbourhood will then contact you for a first meeting. You ask all "
                    "your questions, then you decide, with no commitment."
                ),
            ),
        ],
    },
    "ar": {
        "title": "كن سفيرا أو سفيرة للصحة",
        "slug": "become-an-ambassador",
        "search_description": (
            "هل أنت راشد وترغب في مساعدة جيرانك؟ كن سفيرا متطوعا للصحة في ليل: تكوين قصير وقطب "
            "صحي قريب من منزلك."
        ),
        "intro": (
            "هل تحب تقديم المساعدة والحديث مع جيرانك؟ سفيرات وسفراء الصحة سكان متطوعون. يقدمون "
            "معلومات بسيطة عن الصحة ويساعدون كل شخص على إيجاد الباب الصحيح. لا حاجة إلى شهادة: "
            "نوفر لك التكوين ونرافقك."
        ),
        "apply_label": "أريد أن أصبح سفيرا أو سفيرة للصحة",
        "who_can_join": (
            "<p>يكفي أن تكون راشدا. لا تطلب أي شهادة، ولا حاجة إلى معرفة كل شيء عن الصحة. "
            "المهم هو الرغبة في مساعدة الآخرين ومعرفة حيك جيدا.</p><p>اليوم، أغلب السفراء "
            "نساء. كثيرات منهن مررن بأنفسهن بمشاكل صحية، وهذه التجربة ثمينة. كل أحياء ليل مرحب "
            "بها، بدءا بالأحياء ذات الأولوية.</p>"
        ),
        "involvement": [
            (
                "نقل المعلومات",
                (
                    "تتحدث عن الصحة مع عائلتك وجيرانك ومع الأولياء أمام باب المدرسة. وتفكر "
                    "أيضا في الأشخاص الذين لا يظهرون أبدا في المصالح، وتخبرهم إلى أين يذهبون."
                ),
            ),
            (
                "التكوين في مواضيع مختلفة",
                (
                    "الإسعافات الأولية، الصحة الجنسية، التلقيح، هواء المنزل… تختار التكوينات "
                    "التي تهمك، عندما يتوفر لديك الوقت."
                ),
            ),
            (
                "بناء مشروع صحي",
                (
                    "ورشة أو حفل أو نزهة: تقترح فكرة لحيك. ويساعدك مرجع قطبك أو مرجعته على "
                    "بنائها خطوة بخطوة."
                ),
            ),
            (
                "إبداء رأيك وتنشيط الأكشاك",
                (
                    "يمكنك الانضمام إلى مجموعات عمل أو لجان، وتنشيط أكشاك حول الحقوق الصحية. "
                    "نظرتك كساكن أو ساكنة في الحي لها قيمتها."
                ),
            ),
        ],
        "path_steps": [
            (
                "دور السفير أو السفيرة",
                "نصف يوم",
                (
                    "مع منسقة أقطاب الموارد الصحية، تكتشف ما يقوم به السفير أو السفيرة، وأيضا "
                    "ما لا يقوم به."
                ),
            ),
            (
                "الإصغاء الفعال",
                "يومان",
                (
                    "في مقر بلدية ليل، تتعلم الإصغاء دون إصدار أحكام، واستقبال كلام الآخر، "
                    "والحفاظ على المسافة المناسبة."
                ),
            ),
            (
                "الحقوق الصحية",
                "نصف يوم",
                (
                    "يشرح لك صندوق التأمين الصحي المحلي (CPAM) حقوق كل شخص: بطاقة Vitale، "
                    "والتأمين الصحي التكميلي، والمساعدات الممكنة. ستعرف إلى أين توجه الناس."
                ),
            ),
        ],
        "testimonials": [
            (
                (
                    "في السابق، لم أكن أجرؤ على طرح الأسئلة على الطبيب. الآن أجرؤ، وأساعد "
                    "جاراتي على الجرأة أيضا."
                ),
                "Samia B.",
                "Faubourg de Béthune",
            ),
            (
                (
                    "أمنح فقط قليلا من وقتي، وأرى أن ذلك مفيد. إحدى جاراتي أجرت أخيرا فحص "
                    "الكشف المبكر."
                ),
                "Fatou D.",
                "Fives",
            ),
            (
                "في البداية، كنت أخاف ألا أعرف ما يكفي. طمأنني التكوين، ولسنا وحدنا أبدا.",
                "Josiane L.",
                "Moulins",
            ),
        ],
        "faq": [
            (
                "هل أتقاضى أجرا؟",
                (
                    "لا. السفيرات والسفراء متطوعون: تمنح من وقتك لأنك ترغب في ذلك. التكوينات "
                    "مجانية، ولا يطلب منك أي شيء في المقابل."
                ),
            ),
            (
                "كم من الوقت يجب أن أخصص؟",
                (
                    "أنت من يقرر. في البداية، يدوم التكوين ثلاثة أيام في المجموع. بعد ذلك، "
                    "يخصص بعض الأشخاص ساعة في الشهر، وآخرون أكثر بكثير. يمكنك أخذ استراحة متى "
                    "احتجت إلى ذلك."
                ),
            ),
            (
                "لا أتقن الفرنسية جيدا أو أجد صعوبة في القراءة. هل هذه مشكلة؟",
                (
                    "لا. تجري التكوينات في الغالب شفهيا، بكلمات بسيطة. والتحدث بلغة أخرى قوة "
                    "حقيقية: ستتمكن من مساعدة أشخاص لا تنجح المصالح في الوصول إليهم. وعند "
                    "الحاجة، نبحث معا عن حل للترجمة الشفهية."
                ),
            ),
            (
                "هل التكوينات معترف بها؟",
                (
                    "تحصل على شهادة بالتكوينات التي تابعتها، مع عدد الساعات. يمكنك إضافتها إلى "
                    "سيرتك الذاتية. استعملتها إحدى السفيرات في إجراء VAE، أي المصادقة على "
                    "مكتسبات الخبرة، وأصبحت وسيطة اجتماعية."
                ),
            ),
            (
                "كيف أبدأ؟",
                (
                    "املأ الاستمارة الموجودة في هذه الصفحة. بعد ذلك، يتصل بك مرجع قطب الموارد "
                    "الصحية في حيك أو مرجعته من أجل لقاء أول. تطرح كل أسئلتك، ثم تقرر، دون أي "
                    "التزام."
                ),
            ),
        ],
    },
}

# ---- index pages ---------------------------------------------------------------------------

INDEXES = {
    "sheets": {
        "en": {
            "title": "Experience sheets",
            "slug": "experience-sheets",
            "intro": (
                "Health actions carried out in Lille's neighbourhoods, told simply. Each sheet "
                "says what worked, what got stuck, and how to do the same where you live."
            ),
            "search_description": (
                "Experience sheets from Lille's health ambassadors and Health Resource Hubs: "
                "actions to reproduce in your own neighbourhood."
            ),
        },
        "ar": {
            "title": "بطاقات التجارب",
            "slug": "experience-sheets",
            "intro": (
                "أعمال صحية أنجزت في أحياء ليل، مروية ببساطة. تقول كل بطاقة ما الذي نجح، وما "
                "الذي تعثر، وكيف يمكن تطبيق التجربة عندكم."
            ),
            "search_description": (
                "بطاقات تجارب سفراء الصحة وأقطاب الموارد الصحية في ليل: أعمال يمكن إعادة "
                "تنفيذها في حيكم."
            ),
        },
    },
    "poles": {
        "en": {
            "title": "The Health Resource Hubs",
            "slug": "health-resource-hubs",
            "intro": (
                "Five places, in five Lille neighbourhoods, where you can ask your health "
                "questions, get help with paperwork and meet the health ambassadors."
            ),
            "search_description": (
                "The five Health Resource Hubs of Lille: addresses, opening hours, services "
                "and referents in Faubourg de Béthune, Fives, Lille Sud, Moulins and Wazemmes."
            ),
            "body_html": (
                "Each hub is hosted by a neighbourhood association that residents already "
                "know. A health referent welcomes people there, listens to them and directs "
                "them to the right service. Every six weeks, the hub brings residents together "
                "with health and social care professionals to talk about what is happening in "
                "the neighbourhood. In all, about 150 partners keep this network alive, with "
                "the coordinator from the City of Lille's Health Department."
            ),
        },
        "ar": {
            "title": "أقطاب الموارد الصحية",
            "slug": "health-resource-hubs",
            "intro": (
                "خمسة أماكن، في خمسة أحياء من ليل، لطرح أسئلتك الصحية، والحصول على المساعدة في "
                "إجراءاتك، ولقاء سفيرات وسفراء الصحة."
            ),
            "search_description": (
                "أقطاب الموارد الصحية الخمسة في ليل: العناوين، وأوقات الاستقبال، والخدمات، "
                "والمرجعون في Faubourg de Béthune وFives وLille Sud وMoulins وWazemmes."
            ),
            "body_html": (
                "تستضيف كل قطب جمعية من الحي يعرفها السكان من قبل. يستقبل فيه مرجع صحي أو "
                "مرجعة صحية الأشخاص، ويصغي إليهم، ويوجههم إلى المصلحة المناسبة. كل ستة أسابيع، "
                "يجمع القطب السكان ومهنيي الصحة والعمل الاجتماعي للحديث عن أعمال الحي. وفي "
                "المجموع، يساهم نحو 150 شريكا في إحياء هذه الشبكة، مع منسقة مصلحة الصحة في "
                "بلدية ليل."
            ),
        },
    },
    "events": {
        "en": {
            "title": "What's on",
            "slug": "whats-on",
            "intro": (
                "Stands, workshops, information meetings, health fairs: here is what is "
                "happening in the neighbourhoods. Most events are free and open to everyone."
            ),
            "search_description": (
                "What's on with Lille's health ambassadors and Health Resource Hubs: stands, "
                "workshops, forums and meetings."
            ),
        },
        "ar": {
            "title": "المواعيد",
            "slug": "whats-on",
            "intro": (
                "أكشاك، وورشات، واجتماعات إعلامية، وأعياد للصحة: هذا ما يجري في الأحياء. معظم "
                "المواعيد مجانية ومفتوحة للجميع."
            ),
            "search_description": (
                "مواعيد سفراء الصحة وأقطاب الموارد الصحية في ليل: أكشاك وورشات ومنتديات واجتماعات."
            ),
        },
    },
    "trainings": {
        "en": {
            "title": "Trainings",
            "slug": "trainings",
            "intro": (
                "To begin with, three short, free training sessions. After that, you choose "
                "the topics that interest you. Every training you attend is listed on your "
                "certificate."
            ),
            "search_description": (
                "Trainings for Lille's health ambassadors: the starting path, then topics of "
                "your choice such as first aid or vaccination."
            ),
        },
        "ar": {
            "title": "التكوينات",
            "slug": "trainings",
            "intro": (
                "للبداية، ثلاث حصص تكوين قصيرة ومجانية. بعد ذلك، تختار المواضيع التي تهمك. كل "
                "تكوين تتابعه يسجل في شهادتك."
            ),
            "search_description": (
                "تكوينات سفراء الصحة في ليل: مسار البداية، ثم مواضيع اختيارية مثل الإسعافات "
                "الأولية أو التلقيح."
            ),
        },
    },
    "funding": {
        "en": {
            "title": "Calls for projects",
            "slug": "calls-for-projects",
            "intro": (
                "Do you have an idea for the health of your neighbourhood? Partners fund the "
                "ambassadors' projects. Your hub's referent helps you apply."
            ),
            "search_description": (
                "Calls for projects open to Lille's health ambassadors: amounts, dates and "
                "criteria."
            ),
        },
        "ar": {
            "title": "دعوات تقديم المشاريع",
            "slug": "calls-for-projects",
            "intro": (
                "هل لديك فكرة من أجل صحة حيك؟ يمول شركاء مشاريع السفراء. ويساعدك مرجع قطبك أو "
                "مرجعته على تقديم الطلب."
            ),
            "search_description": (
                "دعوات تقديم المشاريع المفتوحة لسفراء الصحة في ليل: المبالغ والتواريخ والمعايير."
            ),
        },
    },
}

# ---- one translated page per section -------------------------------------------------------

CHILDREN = {
    "sheet": {
        "source": "ambassadeurs-sante-lille",
        "en": {
            "title": "Lille's health ambassadors",
            "slug": "lille-health-ambassadors",
            "summary": (
                "Since 2015, volunteer residents of Lille's priority neighbourhoods have been "
                "training to become health ambassadors. They pass information on to the people "
                "around them, direct their neighbours to the right services and build projects "
                "with their hub. There were 59 of them in 2019 and 65 in 2022. The starting "
                "idea: begin with what residents expect, not only with what professionals "
                "think is useful."
            ),
            "territory": "City of Lille – five priority neighbourhoods",
            "author": "Health Department, City of Lille",
            "problem": (
                "<p>In the Health Resource Hubs, residents spoke up about their health. They "
                "talked about procedures that are too complicated, information that never "
                "reaches them, and sometimes refusals of care.</p><p>Some people are badly "
                "received when they try to get care: because they speak little French, because "
                "they are covered by the CMU (state health cover for people on low incomes), "
                "or because they wear a headscarf. Many end up giving up.</p>"
            ),
            "objectives": (
                "<ul><li>Help residents, especially the most isolated, to know their rights "
                "and where to get care.</li><li>Fight refusals of care and discriminatory "
                "practices.</li><li>Build actions with residents that meet their "
                "expectations.</li><li>Give residents a bigger say in the city's health "
                "projects.</li></ul>"
            ),
            "story": (
                "<p>It all started with a group of women from the Faubourg de Béthune hub who "
                "wanted to learn more about sexual health and listening. Once trained, they "
                "became the very first ambassadors. The City then opened the scheme to the "
                "other hubs.</p><ol><li>The hubs' coordinator goes out to meet residents and "
                "presents the project.</li><li>In each hub, group meetings let everyone say "
                "what health means to them.</li><li>Volunteers follow the starting path: the "
                "role, active listening, health rights.</li><li>Each ambassador then chooses "
                "how far they want to get involved.</li><li>With the hub's referent, "
                "ambassadors build projects funded through partners' calls for "
                "projects.</li></ol>"
            ),
            "results": (
                "<p>59 ambassadors trained by 2019, 65 in 2022. They have organised health "
                "fairs, cooking workshops and workshops on stress or self-esteem, and run "
                "stands on rights.</p><p>Counting the people reached is still difficult: many "
                "conversations happen in the street, at the market, between neighbours. Next "
                "steps: open the programme to all priority neighbourhoods and make it simpler "
                "to keep track of actions.</p>"
            ),
            "unexpected_effects": (
                "<p>Several ambassadors have regained their self-confidence. Some have added "
                "their trainings to their CV, and one of them became a social mediator through "
                "a VAE (validation of prior experience). Professionals, for their part, now "
                "see residents differently.</p>"
            ),
            "advice": (
                "<ul><li>Start from what residents expect, not only from the needs seen by "
                "professionals.</li><li>Present the approach to local professionals before you "
                "start.</li><li>Hand out a certificate of the trainings attended: it means a "
                "lot to volunteers.</li><li>Set aside referent time to support each "
                "project.</li></ul>"
            ),
            "vigilance": (
                "<p>Do not always call on the same volunteers. Say clearly what is expected of "
                "an ambassador, and what is not. Think from the very start about a simple way "
                "to record actions and the people met.</p>"
            ),
            "action_lead": "City of Lille, Health Department",
            "target_public_detail": (
                "Adult residents of priority neighbourhoods, especially people who are "
                "isolated and little known to services."
            ),
            "operational_partners": (
                "City services, CCAS (municipal social action centre), Local Mental Health "
                "Council (CLSM), CPAM Lille-Douai (health insurance fund), Mutualité "
                "Française, the associations hosting the hubs."
            ),
            "financial_partners": (
                "City of Lille, Hauts-de-France Regional Health Agency (ARS), Nord "
                "Departmental Council."
            ),
            "governance": (
                "The coordinator of the Health Resource Hubs runs the programme. In each hub, "
                "a referent supports the ambassadors. Some ambassadors sit on working groups "
                "and steering committees."
            ),
            "contact_role": "Coordinator of the Health Resource Hubs",
            "resources": [
                {
                    "title": "Video: ambassadors in their own words",
                    "url": "https://www.example.org/videos/paroles-ambassadrices",
                    "description": (
                        "Five minutes to hear ambassadors talk about their commitment."
                    ),
                },
            ],
        },
        "ar": {
            "title": "سفيرات وسفراء الصحة في ليل",
            "slug": "lille-health-ambassadors",
            "summary": (
                "منذ 2015، يتلقى سكان متطوعون من الأحياء ذات الأولوية في ليل تكوينا ليصبحوا "
                "سفيرات وسفراء للصحة. ينقلون المعلومات إلى من حولهم، ويوجهون جيرانهم إلى "
                "المصالح المناسبة، ويبنون مشاريع مع قطبهم. كان عددهم 59 سنة 2019 و65 سنة 2022. "
                "الفكرة في الأساس: الانطلاق مما ينتظره السكان، وليس فقط مما يراه المهنيون "
                "مفيدا."
            ),
            "territory": "بلدية ليل – خمسة أحياء ذات أولوية",
            "author": "مصلحة الصحة، بلدية ليل",
            "problem": (
                "<p>في أقطاب الموارد الصحية، تحدث السكان عن صحتهم. تكلموا عن إجراءات معقدة "
                "جدا، وعن معلومات لا تصل إليهم، وأحيانا عن رفض علاجهم.</p><p>بعض الأشخاص "
                "يستقبلون بشكل سيئ عندما يريدون العلاج: لأنهم لا يتكلمون الفرنسية جيدا، أو "
                "لأنهم يستفيدون من التغطية الصحية المجانية (CMU)، أو لأنهن يرتدين الحجاب. "
                "وكثيرون منهم ينتهي بهم الأمر إلى التخلي عن العلاج.</p>"
            ),
            "objectives": (
                "<ul><li>مساعدة السكان، خاصة الأكثر عزلة، على معرفة حقوقهم وأماكن "
                "العلاج.</li><li>مكافحة رفض العلاج والممارسات التمييزية.</li><li>بناء أعمال مع "
                "السكان تستجيب لتطلعاتهم.</li><li>منح السكان مكانة أكبر في المشاريع الصحية "
                "للمدينة.</li></ul>"
            ),
            "story": (
                "<p>بدأ كل شيء بمجموعة من نساء قطب Faubourg de Béthune أردن التعمق في الصحة "
                "الجنسية والإصغاء. بعد تكوينهن، أصبحن أولى السفيرات. ثم فتحت البلدية هذه "
                "المبادرة أمام الأقطاب الأخرى.</p><ol><li>تذهب منسقة الأقطاب للقاء السكان "
                "وتقدم المشروع.</li><li>في كل قطب، تسمح اجتماعات جماعية لكل شخص بأن يقول ماذا "
                "تعني الصحة بالنسبة إليه.</li><li>يتابع المتطوعون مسار البداية: الدور، "
                "والإصغاء الفعال، والحقوق الصحية.</li><li>بعد ذلك، يختار كل سفير أو سفيرة إلى "
                "أي حد يريد أن يلتزم.</li><li>مع مرجع القطب أو مرجعته، يبني السفراء مشاريع "
                "بفضل دعوات تقديم المشاريع التي يطلقها الشركاء.</li></ol>"
            ),
            "results": (
                "<p>59 سفيرا تم تكوينهم سنة 2019، و65 سنة 2022. نظموا أعيادا للصحة، وورشات "
                "طبخ، وورشات حول التوتر أو تقدير الذات، وأداروا أكشاكا حول الحقوق.</p><p>يبقى "
                "عد الأشخاص الذين تم الوصول إليهم صعبا: كثير من الأحاديث تجري في الشارع، وفي "
                "السوق، وبين الجارات. الخطوة التالية: فتح البرنامج لكل الأحياء ذات الأولوية "
                "وتبسيط متابعة الأعمال.</p>"
            ),
            "unexpected_effects": (
                "<p>استعادت عدة سفيرات ثقتهن بأنفسهن. أضافت بعضهن تكويناتهن إلى سيرتهن "
                "الذاتية، وأصبحت إحداهن وسيطة اجتماعية بفضل المصادقة على مكتسبات الخبرة (VAE). "
                "أما المهنيون، فصاروا ينظرون إلى السكان بطريقة مختلفة.</p>"
            ),
            "advice": (
                "<ul><li>انطلقوا من تطلعات السكان، وليس فقط من الاحتياجات كما يراها "
                "المهنيون.</li><li>قدموا المبادرة لمهنيي المنطقة قبل البدء.</li><li>سلموا "
                "شهادة بالتكوينات المتبعة: لها قيمة كبيرة لدى المتطوعين.</li><li>خصصوا وقتا "
                "للمرجع من أجل مرافقة كل مشروع.</li></ul>"
            ),
            "vigilance": (
                "<p>لا تلجؤوا دائما إلى نفس المتطوعين. قولوا بوضوح ما هو منتظر من السفير أو "
                "السفيرة، وما هو غير منتظر. فكروا منذ البداية في طريقة بسيطة لتسجيل الأعمال "
                "والأشخاص الذين تم لقاؤهم.</p>"
            ),
            "action_lead": "بلدية ليل، مصلحة الصحة",
            "target_public_detail": (
                "ساكنات وسكان راشدون من الأحياء ذات الأولوية، خاصة الأشخاص المعزولون وغير "
                "المعروفين لدى المصالح."
            ),
            "operational_partners": (
                "مصالح البلدية، المركز البلدي للعمل الاجتماعي (CCAS)، المجلس المحلي للصحة "
                "النفسية (CLSM)، صندوق التأمين الصحي في Lille-Douai (CPAM)، اتحاد التعاضديات "
                "Mutualité Française، الجمعيات التي تستضيف الأقطاب."
            ),
            "financial_partners": (
                "بلدية ليل، الوكالة الجهوية للصحة (ARS) لجهة Hauts-de-France، مجلس مقاطعة Nord."
            ),
            "governance": (
                "تنشط منسقة أقطاب الموارد الصحية البرنامج. في كل قطب، يرافق مرجع أو مرجعة "
                "السفراء. ويشارك بعض السفراء في مجموعات عمل ولجان توجيه."
            ),
            "contact_role": "منسقة أقطاب الموارد الصحية",
            "resources": [
                {
                    "title": "فيديو: سفيرات يتحدثن عن تجربتهن",
                    "url": "https://www.example.org/videos/paroles-ambassadrices",
                    "description": "خمس دقائق للاستماع إلى سفيرات يروين التزامهن.",
                },
            ],
        },
    },
    "pole": {
        "source": "fives",
        "en": {
            "title": "Health Resource Hub – Fives",
            "slug": "fives",
            "intro": (
                "In Fives, the hub helps you claim your health rights and listens to you if "
                "you were treated badly when seeking care."
            ),
            "services": (
                "<ul><li>Welcome and guidance, with ambassadors who speak several "
                "languages</li><li>Help to open or renew your rights, with the CPAM</li><li>A "
                "listening ear for people who have been refused care</li><li>Workshops on "
                "stress and sleep</li></ul>"
            ),
            "story": (
                "Every month, the Fives ambassadors run a stand at the market with the CPAM. "
                "They explain health rights to passers-by and listen to those who were treated "
                "badly by a health professional. What they hear is then passed on, without "
                "names, to the metropolitan working group on discrimination in care."
            ),
            "host_association": "Association Les Voisins de Fives",
            "address": "Espace des Voisins\n8 rue des Ateliers\n59800 Lille\n(demo address)",
            "opening_hours": (
                "<ul><li>Tuesday and Friday: 9 am – 12 noon</li><li>Thursday: 2 pm – 5.30 "
                "pm</li><li>One Saturday a month: stand at the market</li></ul>"
            ),
        },
        "ar": {
            "title": "قطب الموارد الصحية – Fives",
            "slug": "fives",
            "intro": (
                "في Fives، يساعدك القطب على المطالبة بحقوقك الصحية، ويصغي إليك إذا تعرضت لسوء "
                "الاستقبال عند طلب العلاج."
            ),
            "services": (
                "<ul><li>استقبال وتوجيه، مع سفراء يتحدثون عدة لغات</li><li>مساعدة على فتح "
                "الحقوق أو تجديدها، مع صندوق التأمين الصحي (CPAM)</li><li>الإصغاء إلى الأشخاص "
                "الذين تعرضوا لرفض العلاج</li><li>ورشات حول التوتر والنوم</li></ul>"
            ),
            "story": (
                "كل شهر، يدير سفراء Fives كشكا في السوق مع صندوق التأمين الصحي (CPAM). يشرحون "
                "الحقوق الصحية للمارة، ويصغون إلى من تعرضوا لسوء الاستقبال عند أحد مقدمي "
                "العلاج. ثم تنقل هذه الشهادات، دون ذكر الأسماء، إلى مجموعة العمل حول التمييز "
                "في العلاج على مستوى منطقة ليل الكبرى."
            ),
            "host_association": "جمعية Les Voisins de Fives",
            "address": (
                "Espace des Voisins\n8 rue des Ateliers\n59800 Lille\n(عنوان للعرض التوضيحي)"
            ),
            "opening_hours": (
                "<ul><li>الثلاثاء والجمعة: من 9:00 إلى 12:00</li><li>الخميس: من 14:00 إلى "
                "17:30</li><li>يوم سبت واحد في الشهر: كشك في السوق</li></ul>"
            ),
        },
    },
    "event": {
        "source": "forum-sante-faubourg-de-bethune",
        "en": {
            "title": "Faubourg de Béthune health fair",
            "slug": "faubourg-de-bethune-health-fair",
            "intro": (
                "A festive day to talk about health as a family: games, stands, tastings and "
                "local professionals, all prepared by the ambassadors."
            ),
            "body": (
                "On the programme: a games trail for children, a stand on eating well without "
                "breaking the bank, information on sexual health, a quiz on the air in your "
                "home and free screening. Free entry: come whenever you like during the day."
            ),
            "place_name": "Faubourg square, next to the hub",
            "address": "Rue des Acacias\n59000 Lille\n(demo address)",
        },
        "ar": {
            "title": "منتدى الصحة في Faubourg de Béthune",
            "slug": "faubourg-de-bethune-health-fair",
            "intro": (
                "يوم احتفالي للحديث عن الصحة مع العائلة: ألعاب، وأكشاك، وتذوق أطعمة، ومهنيون "
                "من الحي، من تحضير السفيرات."
            ),
            "body": (
                "في البرنامج: مسار ألعاب للأطفال، وكشك حول الأكل الصحي دون تكاليف كبيرة، "
                "ومعلومات عن الصحة الجنسية، ومسابقة أسئلة حول هواء المنزل، وفحوص كشف مجانية. "
                "الدخول حر: تعالوا متى شئتم خلال اليوم."
            ),
            "place_name": "حديقة Faubourg، بجانب القطب",
            "address": "Rue des Acacias\n59000 Lille\n(عنوان للعرض التوضيحي)",
        },
    },
    "training": {
        "source": "role-ambassadeur",
        "en": {
            "title": "The ambassador's role",
            "slug": "the-ambassador-role",
            "intro": (
                "Half a day to get to know the coordinator and the other newcomers. We talk "
                "about what an ambassador does, and what an ambassador does not do."
            ),
            "objectives": (
                "<ul><li>Understand the programme and the network of Health Resource "
                "Hubs</li><li>Know what you can do, and where your role stops</li><li>Choose "
                "how, and at what pace, to get involved</li></ul>"
            ),
            "content": (
                "<p>The coordinator of the Health Resource Hubs leads this first session, in a "
                "small group.</p><ul><li>Round of introductions: why am I here?</li><li>The "
                "hubs, the referents and the partners</li><li>The role, its limits, and what "
                "you keep to yourself</li><li>The different ways to get involved</li></ul>"
            ),
            "partner": "City of Lille, Health Department",
            "duration_label": "Half a day",
            "prerequisites": "",
        },
        "ar": {
            "title": "دور السفير أو السفيرة",
            "slug": "the-ambassador-role",
            "intro": (
                "نصف يوم للتعارف مع المنسقة ومع الملتحقين الجدد الآخرين. نتحدث عما يقوم به "
                "السفير أو السفيرة، وعما لا يقوم به."
            ),
            "objectives": (
                "<ul><li>فهم البرنامج وشبكة أقطاب الموارد الصحية</li><li>معرفة ما يمكن القيام "
                "به، وأين ينتهي الدور</li><li>اختيار طريقة الالتزام ووتيرته</li></ul>"
            ),
            "content": (
                "<p>تنشط منسقة أقطاب الموارد الصحية هذه الحصة الأولى، في مجموعة "
                "صغيرة.</p><ul><li>جولة تعارف: لماذا أنا هنا؟</li><li>الأقطاب والمرجعون "
                "والشركاء</li><li>الدور وحدوده، وما نحتفظ به لأنفسنا</li><li>الطرق المختلفة "
                "للالتزام</li></ul>"
            ),
            "partner": "بلدية ليل، مصلحة الصحة",
            "duration_label": "نصف يوم",
            "prerequisites": "",
        },
    },
    "funding_call": {
        "source": "ars-initiatives-sante-2027",
        "en": {
            "title": "Residents' health initiatives 2027",
            "slug": "residents-health-initiatives-2027",
            "funder": "Hauts-de-France Regional Health Agency (ARS)",
            "summary": (
                "The Regional Health Agency supports actions dreamt up by residents for the "
                "health of their neighbourhood: workshops, festivities, stands, discussion "
                "groups. Each project can receive up to 5,000 euros. Ambassadors, together "
                "with their hub, are invited to submit their idea."
            ),
            "eligibility": (
                "<p>The project must take place in a priority neighbourhood of Lille, in 2027. "
                "It can be submitted by:</p><ul><li>a group of health ambassadors, with their "
                "hub</li><li>an association that hosts a Health Resource Hub</li><li>a social "
                "centre or a neighbourhood association, together with residents</li></ul>"
            ),
            "criteria": [
                (
                    "The project meets residents' expectations",
                    (
                        "The idea comes from residents themselves, or they were consulted "
                        "beforehand."
                    ),
                ),
                (
                    "Ambassadors are at the heart of the project",
                    "They take part in preparing it, running it and reviewing it.",
                ),
                (
                    "It reaches people who are far from care",
                    "The project reaches out to those whom services rarely see.",
                ),
                (
                    "It is feasible, with a clear budget",
                    "The steps, partners and expenses are realistic.",
                ),
                (
                    "A simple review is planned",
                    (
                        "From the start, it is clear how the people reached will be counted "
                        "and how their views will be gathered."
                    ),
                ),
            ],
        },
        "ar": {
            "title": "مبادرات السكان الصحية 2027",
            "slug": "residents-health-initiatives-2027",
            "funder": "الوكالة الجهوية للصحة (ARS) لجهة Hauts-de-France",
            "summary": (
                "تدعم الوكالة الجهوية للصحة أعمالا يتخيلها السكان من أجل صحة حيهم: ورشات، "
                "وحفلات، وأكشاك، ومجموعات حوار. يمكن لكل مشروع أن يحصل على مبلغ يصل إلى 5000 "
                "يورو. السفيرات والسفراء، مع قطبهم، مدعوون إلى تقديم فكرتهم."
            ),
            "eligibility": (
                "<p>يجب أن يجري المشروع في حي ذي أولوية في ليل، سنة 2027. ويمكن أن "
                "تقدمه:</p><ul><li>مجموعة من سفيرات أو سفراء الصحة، مع قطبهم</li><li>جمعية "
                "تستضيف قطبا للموارد الصحية</li><li>مركز اجتماعي أو جمعية حي، بمشاركة "
                "السكان</li></ul>"
            ),
            "criteria": [
                (
                    "يستجيب المشروع لتطلعات السكان",
                    "الفكرة جاءت من السكان أنفسهم، أو تمت استشارتهم مسبقا.",
                ),
                (
                    "السفراء في قلب المشروع",
                    "يشاركون في التحضير والتنشيط والتقييم.",
                ),
                (
                    "يصل المشروع إلى الأشخاص البعيدين عن العلاج",
                    "يتوجه المشروع نحو من نادرا ما تراهم المصالح.",
                ),
                (
                    "المشروع قابل للتنفيذ، بميزانية واضحة",
                    "المراحل والشركاء والمصاريف واقعية.",
                ),
                (
                    "تقييم بسيط مبرمج",
                    "نعرف منذ البداية كيف نعد الأشخاص الذين تم الوصول إليهم وكيف نجمع آراءهم.",
                ),
            ],
        },
    },
}
