"""Whole articles in non-Latin scripts, and English articles with foreign parts, written for the
document-language tests (issue 24)."""

from __future__ import annotations

SCRIPTS = {
    "ru": [
        """Город откроет новую линию метро в декабре

Мэрия сообщила, что новая линия метро начнёт работать в декабре. На ней будет семь станций, а поездка от центра до аэропорта займёт двадцать минут.

Жители новых районов давно ждали этого решения. Раньше им приходилось тратить больше часа на дорогу до работы.

Что известно о линии

- Семь станций
- Интервал движения четыре минуты""",
        """Фермеры собрали рекордный урожай пшеницы

Урожай пшеницы в южных регионах оказался самым большим за последние десять лет. Аграрии связывают это с тёплой весной и своевременными дождями.

Однако цены на зерно снизились, и многие хозяйства жалуются на небольшую прибыль. Министерство обещает помочь с экспортом.""",
        """В библиотеке открылась выставка старинных карт

В областной библиотеке открылась выставка старинных карт из частной коллекции. Самой старой карте больше трёхсот лет.

Посетители могут увидеть, как менялись границы и названия городов. Выставка продлится до конца весны, вход бесплатный.""",
        """Школы переходят на электронные дневники

С нового учебного года все школы области переходят на электронные дневники. Родители смогут видеть оценки и домашние задания в приложении.

Учителя говорят, что это сократит время на бумажную работу. Некоторые родители опасаются проблем с интернетом в сельских районах.

Начало: первое сентября
Количество школ: четыреста""",
        """Сильный снегопад парализовал движение на трассе

Сильный снегопад, начавшийся ночью, остановил движение на федеральной трассе. Сотни машин несколько часов стояли в пробке.

Дорожные службы вывели на улицы всю технику. Синоптики предупреждают, что снег будет идти ещё два дня.""",
    ],
    "ja": [
        """市が新しい図書館を開館

市は来月、駅前に新しい図書館を開館すると発表しました。蔵書は約二十万冊で、夜九時まで利用できます。

子ども向けのスペースや学習室も設けられ、多くの市民の利用が期待されています。

主な特徴

- 蔵書約二十万冊
- 夜九時まで開館""",
        """梅雨入りで農家に影響

気象台は今日、この地方が梅雨入りしたとみられると発表しました。平年より一週間早い梅雨入りです。

野菜の生育に影響が出るおそれがあり、農家は対策に追われています。専門家は長雨による病気に注意するよう呼びかけています。""",
        """地元の高校生がロボット大会で優勝

地元の高校のロボット部が全国大会で初めて優勝しました。部員たちは一年かけてロボットを作りました。

顧問の先生は生徒たちの努力をたたえ、来年は世界大会を目指したいと話しています。""",
        """観光客の増加で駅が混雑

紅葉の季節を迎え、観光地の駅では週末に大きな混雑が続いています。鉄道会社は臨時列車を増やして対応しています。

地元の商店街は売り上げが伸びて喜んでいますが、住民からはバスに乗れないという声も上がっています。

臨時列車：一日十本
期間：十一月末まで""",
        """新しい橋の工事が始まる

川の両岸を結ぶ新しい橋の工事が今週から始まりました。完成は三年後の予定です。

現在の橋は古くなっており、大きな地震に耐えられないおそれがあると指摘されていました。工事の間は一部の道路が通行止めになります。""",
    ],
    "zh": [
        """城市新增三条公交线路

市交通局宣布，下个月将开通三条新的公交线路，连接市中心和新建的居民区。每条线路每十分钟发一班车。

许多居民表示，这将大大方便他们上下班。交通局还计划在明年增加更多电动公交车。

线路信息

- 首班车早上六点
- 末班车晚上十一点""",
        """茶农迎来丰收季节

今年春天雨水充足，山区的茶园迎来了丰收。茶农们每天清晨就上山采茶，一直忙到傍晚。

由于品质好，今年的新茶价格比去年高出一成。不少外地客商专门前来收购。""",
        """博物馆推出夜间开放活动

市博物馆从本周起在每个周五晚上开放到九点，并举办讲座和音乐会。馆方希望吸引更多上班族前来参观。

第一场活动吸引了近千名观众，门票很快就被预订一空。""",
        """老街改造工程完工

经过两年的改造，老城区的一条百年老街重新开放。街道两旁的老房子得到了修缮，还增加了小型广场和座椅。

不少老店重新开张，游客和居民都来这里散步购物。

改造时间：两年
街道长度：八百米""",
        """暴雨导致部分道路积水

昨天下午的一场暴雨使市区多条道路出现积水，交通一度十分拥堵。排水部门连夜抽水，今天早上大部分道路已恢复通行。

气象部门提醒，未来几天仍有强降雨，市民出行要注意安全。""",
    ],
    "ko": [
        """시, 새 공공 도서관 문 열어

시는 다음 달 역 앞에 새 공공 도서관을 연다고 밝혔다. 도서관에는 약 십오만 권의 책이 있으며 밤 열 시까지 이용할 수 있다.

어린이 열람실과 학습 공간도 마련돼 많은 시민이 이용할 것으로 기대된다.

주요 시설

- 어린이 열람실
- 밤 열 시까지 운영""",
        """배추 가격 크게 올라

김장철을 앞두고 배추 가격이 지난해보다 크게 올랐다. 여름철 폭염과 잦은 비로 생산량이 줄었기 때문이다.

정부는 비축 물량을 풀어 가격 안정에 나서기로 했다. 소비자들은 김장 규모를 줄이겠다는 반응을 보이고 있다.""",
        """지역 축제에 관광객 몰려

주말 동안 열린 지역 축제에 십만 명이 넘는 관광객이 찾았다. 전통 음식과 공연이 큰 인기를 끌었다.

주최 측은 내년에는 행사 기간을 늘릴 계획이라고 밝혔다. 주변 식당과 숙박 시설도 손님으로 가득했다.""",
        """고등학생들이 만든 앱 화제

한 고등학교 학생들이 만든 버스 도착 안내 앱이 화제가 되고 있다. 출시 한 달 만에 이용자가 오만 명을 넘었다.

학생들은 동아리 활동으로 앱을 개발했으며 앞으로 기능을 더 추가할 예정이다.

이용자 수: 오만 명
개발 기간: 여섯 달""",
        """폭설로 도로 곳곳 통제

밤사이 내린 폭설로 산간 지역 도로 곳곳이 통제됐다. 제설 차량이 투입됐지만 눈이 계속 내려 작업에 어려움을 겪고 있다.

기상청은 내일까지 눈이 더 내릴 것으로 예보하며 운전자들의 주의를 당부했다.""",
    ],
}

# English articles with foreign parts: a foreign headline and lead over an English body, a quote,
# names, a table of place names. Each must stay English and keep its English body.
ENGLISH_MIXED = [
    """Hãng xe điện công bố lợi nhuận quý đầu tiên

Công ty cho biết doanh thu tăng mạnh nhờ thị trường nội địa.

The electric carmaker reported its first quarterly profit on Tuesday, helped by strong sales at home and lower battery costs. Revenue rose by a third from a year earlier.

The company said it would open two new plants next year and hire several thousand workers. Analysts expect exports to grow once the plants are running.

Its shares rose eight percent in early trading, the biggest gain in months.""",
    """Берлинская стена: тридцать пять лет спустя

The city marked the thirty-fifth anniversary of the fall of the wall with concerts and exhibitions along the old border strip. Thousands of visitors walked the route where the wall once stood.

Historians say the day is still remembered differently in the east and the west of the country. Many of those who crossed the border that night have told their stories to schools this week.

The mayor said the anniversary was a reminder of what people can change together.""",
    """Startup raises funds for farm robots

A startup that builds small robots for vegetable farms has raised forty million dollars from investors in the United States and Japan. Its founder, Nguyễn Văn Minh, grew up on a farm in the Mekong Delta.

"Chúng tôi muốn giúp nông dân làm việc ít vất vả hơn," he said, meaning that the company wants to make farm work less hard. The robots weed and harvest lettuce and herbs.

The company plans to sell its first machines in Europe next spring.""",
    """东京奥运会的遗产

Five years after the Games, the city is still deciding what to do with several of the venues it built. Some are used by local clubs, others stand empty for most of the year.

Officials say the running costs are higher than expected. A committee will present a plan for the venues by the end of the year, after hearing from residents and sports groups.

Several venues could be turned into parks or schools.""",
    """Cities where rents rose fastest

Rents rose fastest last year in mid-sized cities, not in the capitals, according to a report by a property research firm. Remote work let many people move away from the most expensive places.

| City | Country | Rise |
|---|---|---|
| Málaga | Spain | 12% |
| Kraków | Poland | 11% |
| Porto | Portugal | 10% |

The firm expects the trend to slow as more companies ask staff to return to the office.""",
    """Festival brings jazz to the old port

The jazz festival returns to the old port this weekend with more than forty concerts. Organisers expect record crowds after tickets for the main stage sold out in a day.

Among the performers is the Brazilian singer Ana Beatriz Souza, who will open the festival with songs from her new album, "Saudade do Mar". She told reporters that she had wanted to play in the city for years.

Free concerts will be held in the squares every afternoon.""",
    """Rail strike disrupts travel across the region

A strike by rail workers cancelled most trains across the region on Thursday. The union is protesting against plans to close several rural lines.

Le syndicat demande le maintien de toutes les lignes. The union's statement, issued in French and English, said the closures would cut off villages that have no bus service.

Talks between the union and the rail company are due to resume next week.""",
    """Coffee prices hit a ten-year high

Coffee prices rose to their highest level in ten years this week after poor harvests in Brazil and Vietnam. Roasters say they will have to raise the price of a bag of beans in the shops.

Growers in the Central Highlands, known locally as Tây Nguyên, have benefited from the higher prices. Many are replanting old trees with new varieties.

Traders expect prices to stay high until the next harvest.""",
    """School builds a garden on its roof

A primary school has built a vegetable garden on its roof, where pupils grow tomatoes, beans and herbs. The project was paid for by parents and a local business.

Teachers say the garden helps children learn about food and nature. The school's head, Ingrid Müller, said that pupils now ask to stay after class to water the plants.

The school hopes to sell some of its vegetables at the local market.""",
    """Museum returns statues to their home country

A museum has returned three bronze statues to the country they were taken from more than a century ago. The statues will go on display in a new museum in the capital next year.

The handover took place at a ceremony attended by ministers from both countries. "Đây là một ngày lịch sử," one of them said: this is a historic day.

Other museums are reviewing their collections for objects that could be returned.""",
]
