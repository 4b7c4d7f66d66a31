"""Whole articles in Latin-script languages, written for the document-language tests (issue 24).

Each is a short news article as a crawl gives it: a headline, paragraphs, a subheading, list
items or a table row, names. None was seen by the detector's word lists when they were written.
"""

from __future__ import annotations

LATIN = {
    "de": [
        """Stadtwerke erhöhen die Preise für Fernwärme

Die Stadtwerke haben angekündigt, die Preise für Fernwärme zum ersten Januar um elf Prozent zu erhöhen. Als Grund nennt das Unternehmen die gestiegenen Kosten für Gas und die Wartung des Netzes.

Mieterverbände kritisieren die Entscheidung scharf. Viele Haushalte hätten schon im vergangenen Winter kaum noch gewusst, wie sie die Nebenkosten bezahlen sollen.

Was Kunden jetzt tun können

- Verträge prüfen und Abschläge anpassen
- Beratung der Verbraucherzentrale nutzen""",
        """Neue Radwege entlang der Elbe eröffnet

Nach zwei Jahren Bauzeit ist der neue Radweg zwischen Pirna und Dresden freigegeben worden. Die Strecke ist vierzehn Kilometer lang und führt fast durchgehend am Ufer entlang.

Bürgermeisterin Katrin Hoffmann sprach bei der Eröffnung von einem wichtigen Schritt für den Tourismus in der Region. Schon am ersten Wochenende waren Tausende Radfahrer unterwegs.

Streckenlänge: 14 km
Bauzeit: 2 Jahre""",
        """Bäckerei in der Altstadt schließt nach hundert Jahren

Die Familienbäckerei Krüger gibt ihr Geschäft in der Altstadt Ende des Monats auf. Der Inhaber findet keinen Nachfolger, und die Miete ist in den letzten Jahren stark gestiegen.

Stammkunden bedauern die Schließung. Viele kommen seit Jahrzehnten jeden Morgen, um ihre Brötchen zu holen, und erzählen von Geburtstagstorten, die hier gebacken wurden.""",
        """Hochschule startet Studiengang für Pflegeberufe

Zum kommenden Wintersemester bietet die Hochschule erstmals einen Bachelor für Pflegewissenschaft an. Die ersten sechzig Plätze sind bereits vergeben.

Der Studiengang verbindet Praxis in Kliniken mit Vorlesungen zu Medizin, Recht und Ethik. Die Landesregierung unterstützt das Angebot mit zwei Millionen Euro im Jahr.

Voraussetzungen

- Abitur oder Fachhochschulreife
- Praktikum in einer Pflegeeinrichtung""",
        """Hochwasser: Pegel sinken langsam

Nach den starken Regenfällen der letzten Woche sinken die Wasserstände an Mosel und Saar wieder. Die Feuerwehr ist aber weiterhin im Einsatz, weil viele Keller noch unter Wasser stehen.

Der Deutsche Wetterdienst erwartet für die kommenden Tage trockenes Wetter. Die Behörden warnen dennoch davor, die Uferwege zu betreten, solange sie nicht freigegeben sind.""",
    ],
    "fr": [
        """La mairie lance un plan pour les pistes cyclables

La mairie a présenté mardi un plan de quarante millions d'euros pour doubler le nombre de pistes cyclables d'ici trois ans. Les travaux commenceront au printemps dans les quartiers du nord.

Les associations de cyclistes saluent une annonce attendue depuis longtemps, mais elles demandent que les carrefours soient aussi sécurisés. Les commerçants, eux, craignent la disparition de places de stationnement.

Les principales mesures

- Vingt kilomètres de nouvelles voies
- Des parkings sécurisés près des gares""",
        """Une librairie indépendante fête ses cinquante ans

La librairie Au Fil des Pages célèbre ce week-end son cinquantième anniversaire avec des lectures et des rencontres avec des auteurs. Fondée par Marie Lefèvre en 1975, elle est aujourd'hui tenue par sa petite-fille.

Malgré la concurrence des plateformes en ligne, la boutique a gardé une clientèle fidèle. Selon la gérante, les conseils personnalisés font toute la différence.""",
        """Grève dans les transports régionaux jeudi

Les syndicats de cheminots appellent à une grève jeudi pour protester contre la fermeture de plusieurs lignes rurales. La direction prévoit un train sur trois sur la plupart des trajets.

Les voyageurs sont invités à reporter leurs déplacements ou à consulter l'application avant de partir. Des bus de remplacement seront mis en place entre les principales villes.""",
        """Les vendanges commencent plus tôt que prévu

En raison de la chaleur de l'été, les vignerons de Bourgogne ont commencé les vendanges avec dix jours d'avance. Les raisins sont sains, mais les volumes devraient être inférieurs à ceux de l'année dernière.

Plusieurs domaines cherchent encore des saisonniers. Les salaires ont été augmentés pour attirer des travailleurs, qui sont de plus en plus difficiles à trouver.

Région : Bourgogne
Avance : dix jours""",
        """Un nouveau musée consacré à la photographie

Un musée de la photographie ouvrira ses portes en octobre dans une ancienne usine textile. Il présentera des collections privées jamais montrées au public ainsi que des expositions temporaires.

Le projet a coûté douze millions d'euros, financés en partie par la région. Les organisateurs espèrent accueillir cent mille visiteurs dès la première année.""",
    ],
    "es": [
        """El ayuntamiento amplía el horario de las bibliotecas

Las bibliotecas municipales abrirán también los domingos a partir del próximo mes, según anunció el ayuntamiento. La medida responde a la demanda de los estudiantes durante la época de exámenes.

La concejala de cultura, Laura Martínez, explicó que se contratarán quince personas más para cubrir los nuevos turnos. El coste anual será de unos seiscientos mil euros.

Horario nuevo

- Lunes a sábado: de nueve a veintiuna horas
- Domingos: de diez a catorce horas""",
        """La sequía obliga a restringir el riego en el campo

La confederación hidrográfica ha reducido a la mitad el agua destinada al riego en la cuenca del Segura. Los agricultores advierten de que muchas cosechas de verano están en peligro.

Las organizaciones agrarias piden ayudas urgentes y una mejor gestión de los embalses. El gobierno regional estudia un plan de apoyo que presentará la próxima semana.""",
        """Un restaurante familiar recibe su primera estrella

Un pequeño restaurante de Asturias ha recibido su primera estrella en la guía gastronómica más conocida del país. Lo dirigen dos hermanos que heredaron el local de sus padres.

Su cocina se basa en productos de la zona, como el pescado del Cantábrico y las verduras de su propia huerta. Desde el anuncio, las reservas están completas hasta el otoño.""",
        """Abre el nuevo hospital comarcal tras años de retrasos

El nuevo hospital comarcal atendió ayer a sus primeros pacientes, cuatro años después de la fecha prevista. El centro cuenta con ciento veinte camas y un servicio de urgencias abierto todo el día.

Los vecinos celebran que ya no tendrán que viajar hasta la capital para muchas consultas. Aun así, el sindicato de enfermería denuncia que la plantilla todavía está incompleta.

Camas: 120
Retraso: cuatro años""",
        """El precio del alquiler sigue subiendo en las grandes ciudades

El precio medio del alquiler ha subido un nueve por ciento en el último año, según un informe publicado este lunes. Las mayores subidas se registran en Madrid, Barcelona y Málaga.

Los expertos señalan que la oferta de viviendas no crece al ritmo de la demanda. Muchos jóvenes siguen viviendo con sus padres porque no pueden pagar un piso propio.""",
    ],
    "pt": [
        """Prefeitura inaugura novo parque na zona norte

A prefeitura inaugurou neste sábado um parque de doze hectares na zona norte da cidade. O espaço tem pista de caminhada, quadras esportivas e uma área de lazer para crianças.

Moradores da região esperavam pela obra havia mais de dez anos. Segundo o secretário de meio ambiente, foram plantadas mais de três mil árvores nativas no local.

O que há no parque

- Pista de caminhada de dois quilômetros
- Quadras de vôlei e de futebol""",
        """Safra de café deve bater recorde neste ano

A colheita de café no sul de Minas Gerais deve ser a maior da história, de acordo com a companhia nacional de abastecimento. O clima favorável ajudou as plantações depois de dois anos difíceis.

Os produtores comemoram, mas alertam que os custos com fertilizantes e mão de obra também subiram bastante. Parte da produção já foi vendida para o exterior.""",
        """Escolas estaduais terão aulas de programação

A partir do próximo semestre, as escolas estaduais vão oferecer aulas de programação para alunos do ensino médio. O governo pretende formar professores em parceria com universidades públicas.

Especialistas elogiam a iniciativa, mas lembram que muitas escolas ainda não têm computadores suficientes nem acesso estável à internet.""",
        """Festival de música reúne milhares de pessoas em Lisboa

O festival de música realizado no fim de semana em Lisboa reuniu cerca de oitenta mil pessoas em três dias. Bandas portuguesas e brasileiras dividiram o palco principal.

A organização considerou esta a melhor edição de sempre e já confirmou as datas do próximo ano. Os hotéis da cidade registaram ocupação quase total durante o evento.

Público: oitenta mil pessoas
Duração: três dias""",
        """Chuvas fortes causam alagamentos no litoral

As chuvas fortes que atingiram o litoral nesta terça-feira provocaram alagamentos em vários bairros. A defesa civil retirou duzentas famílias de áreas de risco.

A previsão é de que o tempo continue instável até o fim da semana. As autoridades pedem que a população evite sair de casa durante as tempestades.""",
    ],
    "it": [
        """Il comune rinnova le piazze del centro storico

Il comune ha presentato un progetto da otto milioni di euro per rinnovare tre piazze del centro storico. I lavori inizieranno in autunno e dovrebbero durare diciotto mesi.

Il sindaco Marco Bianchi ha spiegato che saranno piantati nuovi alberi e che le auto non potranno più parcheggiare davanti alla cattedrale. I commercianti chiedono di non chiudere le strade durante le feste.

Le novità principali

- Nuova illuminazione a basso consumo
- Panchine e fontane restaurate""",
        """Raccolta delle olive: un anno difficile per i produttori

La raccolta delle olive in Puglia è cominciata con un calo di produzione di quasi il quaranta per cento. La siccità dell'estate e il caldo di settembre hanno colpito molti uliveti.

I frantoi si preparano a una stagione breve, mentre il prezzo dell'olio extravergine continua a salire. Le associazioni agricole chiedono aiuti alla regione.""",
        """Un nuovo treno collega le valli alpine

Da lunedì un treno regionale collega ogni ora le valli alpine con la città. Il servizio è stato finanziato dalla provincia e dall'Unione europea.

I pendolari apprezzano la novità, che riduce di mezz'ora il tempo di viaggio. Gli albergatori sperano che anche i turisti scelgano il treno invece della macchina.""",
        """La biblioteca civica apre una sala per i ragazzi

La biblioteca civica ha inaugurato una nuova sala dedicata ai ragazzi, con libri, fumetti e computer. Gli spazi sono stati progettati insieme agli studenti delle scuole medie.

Ogni sabato ci saranno laboratori di lettura e di scrittura creativa. L'ingresso è gratuito per tutti i residenti.

Apertura: dal martedì al sabato
Età: dagli undici ai diciotto anni""",
        """Aumentano i turisti stranieri sulle coste della Sicilia

Le presenze di turisti stranieri in Sicilia sono cresciute del quindici per cento rispetto all'anno scorso. Tedeschi, francesi e americani sono i visitatori più numerosi.

Gli operatori del settore sono soddisfatti, ma segnalano la mancanza di personale negli alberghi e nei ristoranti. Molte strutture hanno dovuto ridurre i servizi offerti.""",
    ],
    "nl": [
        """Gemeente bouwt duizend nieuwe woningen aan de rand van de stad

De gemeente heeft plannen gepresenteerd voor duizend nieuwe woningen aan de oostkant van de stad. Een derde daarvan wordt sociale huur, de rest bestaat uit koopwoningen en middenhuur.

Omwonenden maken zich zorgen over het verkeer en het verdwijnen van een stuk natuur. De wethouder belooft dat er ook een nieuw park en een school komen.

Planning

- Start bouw: volgend voorjaar
- Eerste bewoners: over drie jaar""",
        """Fietsenmakers hebben het druk met elektrische fietsen

Fietsenmakers in het hele land zien het aantal reparaties van elektrische fietsen sterk stijgen. Vooral accu's en motoren gaan vaker kapot dan gewone onderdelen.

Veel zaken hebben moeite om genoeg monteurs te vinden. Sommige klanten moeten daardoor twee weken wachten voordat hun fiets is gemaakt.""",
        """Museum toont schilderijen die nooit eerder te zien waren

Het museum opent volgende week een tentoonstelling met schilderijen uit een particuliere verzameling. De werken hebben nooit eerder in een museum gehangen.

De conservator vertelt dat het twee jaar heeft geduurd om de collectie te onderzoeken. Er zijn ook tekeningen en brieven van de schilders te zien.""",
        """Boeren protesteren tegen nieuwe regels voor mest

Honderden boeren zijn dinsdag met hun trekkers naar het provinciehuis gereden. Zij protesteren tegen nieuwe regels die het gebruik van mest verder beperken.

Volgens de boerenorganisatie kunnen veel bedrijven het niet meer volhouden als de regels worden ingevoerd. De provincie wil eerst met de sector praten voordat er een besluit valt.

Aantal trekkers: ongeveer vierhonderd
Plaats: provinciehuis""",
        """Strand krijgt extra reddingsbrigade in de zomer

Door de drukte van de afgelopen zomers krijgt het strand dit jaar een extra post van de reddingsbrigade. De vrijwilligers zijn elke dag aanwezig van tien tot zes uur.

Ook komen er meer borden met waarschuwingen voor stroming in zee. Vorig jaar moesten de redders meer dan zestig keer ingrijpen.""",
    ],
    "id": [
        """Pemerintah kota membangun jalur sepeda baru

Pemerintah kota mulai membangun jalur sepeda sepanjang dua puluh kilometer yang menghubungkan pusat kota dengan kawasan perumahan. Proyek ini ditargetkan selesai pada akhir tahun.

Wali kota mengatakan bahwa jalur tersebut akan dilengkapi dengan lampu dan tempat parkir sepeda. Warga berharap kemacetan di jalan utama bisa berkurang.

Rincian proyek

- Panjang jalur: dua puluh kilometer
- Anggaran: tiga puluh miliar rupiah""",
        """Harga beras naik menjelang musim hujan

Harga beras di pasar tradisional naik sekitar sepuluh persen dalam dua minggu terakhir. Para pedagang mengatakan pasokan dari petani mulai berkurang karena cuaca yang tidak menentu.

Pemerintah berjanji akan menambah stok beras di gudang dan menggelar operasi pasar di beberapa daerah. Masyarakat diminta tidak membeli beras secara berlebihan.""",
        """Sekolah di desa terpencil mendapat akses internet

Sebanyak lima puluh sekolah di desa terpencil kini sudah bisa menggunakan internet berkat program pemerintah. Para guru mengatakan bahwa siswa menjadi lebih semangat belajar.

Namun, listrik yang sering padam masih menjadi masalah di beberapa tempat. Kepala dinas pendidikan berjanji akan memasang panel surya tahun depan.""",
        """Festival kuliner menarik ribuan pengunjung

Festival kuliner yang digelar di alun-alun kota selama tiga hari menarik ribuan pengunjung. Lebih dari seratus pedagang menjual makanan khas dari berbagai daerah.

Panitia menyebutkan bahwa jumlah pengunjung tahun ini lebih banyak daripada tahun lalu. Banyak pengunjung datang dari luar kota bersama keluarga mereka.

Lokasi: alun-alun kota
Jumlah pedagang: lebih dari seratus""",
        """Banjir melanda beberapa kecamatan setelah hujan deras

Hujan deras yang turun sejak malam membuat sungai meluap dan merendam rumah warga di tiga kecamatan. Ratusan warga terpaksa mengungsi ke masjid dan sekolah terdekat.

Badan penanggulangan bencana sudah mengirim perahu karet dan bantuan makanan. Warga diminta tetap waspada karena hujan diperkirakan masih akan turun.""",
    ],
    "vi": [
        """Thành phố mở thêm tuyến xe buýt điện

Thành phố vừa đưa vào hoạt động ba tuyến xe buýt điện mới nối trung tâm với các khu dân cư ở ngoại thành. Mỗi tuyến có mười hai xe, chạy từ năm giờ sáng đến mười giờ tối.

Nhiều người dân cho biết xe sạch sẽ và yên tĩnh hơn xe buýt cũ. Sở giao thông dự kiến sẽ mở thêm năm tuyến nữa trong năm sau.

Thông tin tuyến

- Giá vé: bảy nghìn đồng
- Tần suất: mười lăm phút một chuyến""",
        """Giá cà phê tăng mạnh trong tháng này

Giá cà phê nhân xô tại Tây Nguyên đã tăng gần hai mươi phần trăm so với tháng trước. Nhiều nông dân vui mừng vì đây là mức giá cao nhất trong nhiều năm.

Tuy nhiên, các chuyên gia cảnh báo giá có thể giảm khi vụ thu hoạch mới bắt đầu. Họ khuyên nông dân không nên mở rộng diện tích trồng quá nhanh.""",
        """Trường học vùng cao nhận thêm máy tính

Hơn ba mươi trường học ở các huyện vùng cao đã nhận được máy tính từ một chương trình tài trợ. Học sinh sẽ được học tin học ngay từ lớp ba.

Các thầy cô giáo cho biết nhiều em lần đầu tiên được sử dụng máy tính. Nhà trường mong muốn có thêm đường truyền internet ổn định trong thời gian tới.""",
        """Lễ hội hoa thu hút đông đảo du khách

Lễ hội hoa năm nay đã thu hút hơn hai trăm nghìn lượt khách trong tuần đầu tiên. Các con đường trong thành phố được trang trí bằng hàng triệu bông hoa.

Khách sạn và nhà hàng đều kín chỗ trong những ngày cuối tuần. Ban tổ chức cho biết lễ hội sẽ kéo dài đến hết tháng.

Số khách: hơn hai trăm nghìn
Thời gian: đến hết tháng""",
        """Mưa lớn gây ngập nhiều tuyến đường

Trận mưa lớn chiều qua đã khiến nhiều tuyến đường trong nội thành bị ngập sâu. Giao thông bị ùn tắc kéo dài đến tối muộn.

Công ty thoát nước cho biết đã huy động thêm máy bơm để xử lý các điểm ngập. Người dân được khuyên hạn chế ra đường khi trời mưa to.""",
    ],
}
