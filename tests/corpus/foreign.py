"""Foreign passages for the corpus, written for it: headlines, leads, captions and stray terms.

Each headline and lead says roughly what the English article under it says, as a scraped,
half-translated page would. Keys are ISO 639-1 codes ("zh-tw" is Chinese in traditional script;
its findings say "zh").
"""

HEADLINES = {
    "vi": "Quy định xuất khẩu chip được siết chặt khi nhu cầu điện toán đám mây tăng vọt",
    "zh": "电池制造商在欧洲开设其最大工厂",
    "zh-tw": "央行維持利率不變並表示將保持耐心",
    "ja": "研究機関が公開データで学習したオープンモデルを公開",
    "ko": "아흐레 만에 항만 파업 종료",
    "ru": "Спутниковый интернет пришёл в отдалённые школы",
    "es": "Una startup cuántica recauda 300 millones de dólares",
    "fr": "La vague de chaleur pousse la demande d'électricité à un niveau record",
    "de": "Das Stadtmuseum öffnet nach vier Jahren Renovierung wieder",
}

LEADS = {
    "vi": "Một hãng gọi xe và giao đồ ăn ở Đông Nam Á đã báo lãi cả năm lần đầu tiên vào thứ Sáu, nhờ phí cao hơn và ít ưu đãi hơn cho tài xế.",
    "zh": "周五，东南亚一家网约车和外卖公司公布了首个年度盈利，这得益于更高的费用和对司机更少的补贴。",
    "zh-tw": "一座海岸海水淡化廠在更換泵浦並加裝壓力回收裝置後，能源使用量減少了四分之一。",
    "ja": "ゲームスタジオは月曜日、ヒット作の続編の開発を中止し、従業員の約5分の1にあたる140人を削減すると発表した。",
    "ko": "배터리 제조업체가 월요일 유럽 최대 규모의 공장을 열었으며, 이 공장은 완전 가동 시 연간 약 50만 대의 전기차에 배터리를 공급하게 된다.",
    "ru": "Центральный банк в среду оставил основную процентную ставку без изменений и заявил, что будет ждать более явных признаков замедления инфляции.",
    "es": "Los proveedores de servicios en la nube compiten por conseguir aceleradores avanzados antes de que entren en vigor las nuevas normas de exportación en verano.",
    "fr": "Un laboratoire de recherche a publié mardi un modèle de langage ouvert qui, selon lui, a été entraîné uniquement sur des textes du domaine public.",
    "de": "Mehr als 1.200 Schulen auf dem Land haben inzwischen einen Breitbandanschluss über ein Satellitenprogramm, das im vergangenen Jahr begonnen hat.",
}

CAPTIONS = {
    "vi": "Ảnh: Nhà máy pin mới gần thành phố Leipzig của nước Đức",
    "zh": "图：莱比锡附近的新电池工厂正在建设中",
    "ru": "Фото: новый завод по производству батарей под Лейпцигом",
    "es": "Foto: la nueva planta de baterías en las afueras de Leipzig",
    "ja": "写真：ライプツィヒ近郊に建設された新しい電池工場",
    "ko": "사진: 라이프치히 인근에 새로 지어진 배터리 공장",
}

# (sentence with the term, the term, language, English output): the output is the sentence with
# the glossary's English where the shipped glossary has the term, else the sentence unchanged.
STRAY = [
    (
        "The firm's 估值 rose sharply after the funding round.",
        "估值",
        "zh",
        "The firm's valuation rose sharply after the funding round.",
    ),
    (
        "Analysts warned that its revenue水分 could hide weaker sales.",
        "水分",
        "zh",
        "Analysts warned that its inflated revenue could hide weaker sales.",
    ),
    (
        "Executives blamed 内卷 for the price war in electric cars.",
        "内卷",
        "zh",
        "Executives blamed involution for the price war in electric cars.",
    ),
    (
        "Staff say the 改善 process is central to the plant's culture.",
        "改善",
        "zh",
        "Staff say the improvement process is central to the plant's culture.",
    ),
    (
        "Officials in Taipei called the plan a 務實 step forward.",
        "務實",
        "zh",
        "Officials in Taipei called the plan a pragmatic step forward.",  # CC-CEDICT
    ),
    ("Fans queued for hours to buy the limited ゲーム edition.", "ゲーム", "ja", None),
    ("The studio calls this stage of work the 仕上げ phase.", "仕上げ", "ja", None),
    ("Managers complain about a 빨리빨리 culture on the factory floor.", "빨리빨리", "ko", None),
    ("The company is known for its 재벌 ownership structure.", "재벌", "ko", None),
    ("Critics called the reform a new перестройка for the sector.", "перестройка", "ru", None),
    ("The minister promised more гласность about the budget.", "гласность", "ru", None),
    (
        "The operator is building a network of trung tâm dữ liệu across the region.",
        "trung tâm dữ liệu",
        "vi",
        "The operator is building a network of data center across the region.",
    ),
    (
        "The startup sells its điện toán đám mây services to banks.",
        "điện toán đám mây",
        "vi",
        "The startup sells its cloud computing services to banks.",
    ),
    ("Local media called the company a kỳ lân công nghệ of the region.", "kỳ lân công nghệ", "vi", None),
    (
        "Investors want more 算力 before the next model is trained.",
        "算力",
        "zh",
        "Investors want more computing power before the next model is trained.",
    ),
    (
        "The deal was signed at a 发布会 in Beijing on Monday.",
        "发布会",
        "zh",
        "The deal was signed at a news conference in Beijing on Monday.",  # CC-CEDICT
    ),
]

# Teasers for other articles of the site, as the last line of a page.
TEASERS = {
    "vi": "Xem thêm: Giá chip nhớ tăng mạnh trong quý hai",
    "fr": "Lire aussi : La BCE maintient ses taux directeurs",
    "de": "Lesen Sie auch: Die Strompreise steigen im Winter",
    "zh": "延伸阅读：全球数据中心用电量创新高",
}
