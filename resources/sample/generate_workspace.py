#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Generate the bundled offline sample workspace (workspace.jsonl).

The sample shows a new user what Earshot looks like with real data before any
source is configured: a few hundred mentions of a regional internet and TV
provider across VK, Telegram, Mastodon, Reddit, Discourse forums and blogs or
news feeds, with threads, tags and a couple of news events (a price increase,
a double charge, a large outage) that make the timeline interesting.

Everything here is fictional: the brand "Линк-Телеком" / "LinkTelecom", its
competitor "ВолнаНет" / "VolnaNet", every person, group, channel, forum, blog
and post. The output is deterministic: the same script always writes the same
bytes, so the generated file can be reviewed and committed.

Usage:
    generate_workspace.py            write workspace.jsonl next to this script
    generate_workspace.py OUTPUT     write to OUTPUT ("-" for stdout)
    generate_workspace.py --check    exit 1 if workspace.jsonl is out of date
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import random
import re
import sys
from pathlib import Path

SEED = 20261125

EKB = dt.timezone(dt.timedelta(hours=5))   # Yekaterinburg, Perm, Chelyabinsk, Tyumen
MSK = dt.timezone(dt.timedelta(hours=3))
UTC = dt.timezone.utc
CEST = dt.timezone(dt.timedelta(hours=2))
CET = dt.timezone(dt.timedelta(hours=1))

# The sample covers the 60 days before this moment.
END = dt.datetime(2026, 11, 25, 0, 0, tzinfo=EKB)
START = END - dt.timedelta(days=60)


def at(text: str) -> dt.datetime:
    """Local Yekaterinburg time, 'YYYY-MM-DD HH:MM'."""
    return dt.datetime.strptime(text, "%Y-%m-%d %H:%M").replace(tzinfo=EKB)


# Time windows of the storyline. Texts that mention an event carry its key.
WINDOWS = {
    None: (START + dt.timedelta(hours=8), END - dt.timedelta(hours=2)),
    "after_giga": (at("2026-10-01 09:00"), END - dt.timedelta(hours=2)),
    "price_announce": (at("2026-10-01 10:30"), at("2026-10-07 23:00")),
    "price_known": (at("2026-10-01 10:30"), at("2026-10-31 23:00")),
    "price_effective": (at("2026-11-01 07:00"), at("2026-11-05 23:00")),
    "double_charge": (at("2026-11-01 07:30"), at("2026-11-02 22:00")),
    "double_refund": (at("2026-11-03 10:00"), at("2026-11-06 22:00")),
    "tv_change": (at("2026-10-19 08:00"), at("2026-10-25 23:00")),
    "outage_nov12": (at("2026-11-12 18:39"), at("2026-11-13 00:50")),
    "after_outage": (at("2026-11-14 12:30"), at("2026-11-24 20:00")),
}

# --------------------------------------------------------------------------
# Places and other slot values
# --------------------------------------------------------------------------

CITIES = {
    "ekb": {
        "name": "Екатеринбург", "loc": "в Екатеринбурге", "en": "Yekaterinburg",
        "districts": [
            ("на Уралмаше", "Uralmash"), ("на Эльмаше", "Elmash"),
            ("в Пионерском", "Pionersky"), ("на ВИЗе", "VIZ"),
            ("в Академическом", "Akademichesky"), ("на Ботанике", "Botanika"),
            ("на Химмаше", "Khimmash"), ("на Сортировке", "Sortirovka"),
            ("на Юго-Западе", "Yugo-Zapadny"), ("на Втузгородке", "Vtuzgorodok"),
            ("в Заречном", "Zarechny"),
        ],
        "streets": ["на Бебеля", "на Латвийской", "на Краснолесья", "на Академика Сахарова",
                    "на Шефской", "на Красных Командиров", "на Белинского", "на Крауля"],
    },
    "perm": {
        "name": "Пермь", "loc": "в Перми", "en": "Perm",
        "districts": [("в Мотовилихе", "Motovilikha"), ("в Закамске", "Zakamsk"),
                      ("на Гайве", "Gayva"), ("на Садовом", "Sadovy"), ("в Парковом", "Parkovy")],
        "streets": ["на Революции", "на Крупской", "на Уинской", "на Мира", "на Лебедева"],
    },
    "chel": {
        "name": "Челябинск", "loc": "в Челябинске", "en": "Chelyabinsk",
        "districts": [("на ЧМЗ", "ChMZ"), ("на ЧТЗ", "ChTZ"), ("на Северо-Западе", "Severo-Zapad"),
                      ("в Ленинском районе", "Leninsky")],
        "streets": ["на Комсомольском проспекте", "на Молодогвардейцев", "на Салавата Юлаева"],
    },
    "tmn": {
        "name": "Тюмень", "loc": "в Тюмени", "en": "Tyumen",
        "districts": [("на Тарманах", "Tarmany"), ("в Восточном", "Vostochny"),
                      ("в Антипино", "Antipino")],
        "streets": ["на Широтной", "на Мельникайте", "на Пермякова"],
    },
}
CITY_WEIGHTS = {"ekb": 6, "perm": 2, "chel": 1.5, "tmn": 1}
URALMASH_STREETS = ["на Машиностроителей", "на Победы", "на Ильича", "на Калинина", "на Кировградской"]
NOV12_DISTRICTS = [0, 0, 0, 1, 2]  # indexes into the Yekaterinburg list
NOV12_CUT = at("2026-11-12 18:37")       # the backbone is cut
NOV12_RESTORED = at("2026-11-13 01:08")  # service is back

ROUTERS = ["Keenetic Giga", "TP-Link Archer C6", "Xiaomi AX3000T", "ASUS RT-AX55",
           "MikroTik hAP ax2", "Keenetic Viva"]
STAFF = ["Анна", "Дмитрий", "Марина", "Алексей", "Ксения"]
ETAS = ["до 23:00", "в течение трёх часов", "до конца дня", "около двух часов", "к утру"]
PRICES = [690, 890, 990]
AMOUNTS = [149, 299, 890, 1040, 1780]
SPEEDS = [4, 7, 12, 18, 25, 40]


class Slots(dict):
    """Values for {placeholders}, drawn on first use and then kept, so that the
    same district or price appears throughout a thread."""

    TIME_KEYS = ("clock_now", "clock_since", "clock_now_en", "clock_since_en", "hello")

    def __init__(self, rng: random.Random, city: str | None = None, district: int | None = None):
        super().__init__()
        self.rng = rng
        self.moment: dt.datetime | None = None
        self.floor: dt.datetime | None = None  # nothing in the thread happened before this
        self.hello_name: str | None = None
        self.lang = "ru"
        self._city = city
        self._district = district

    def inherit(self) -> "Slots":
        child = Slots(self.rng, self._city, self._district)
        child.floor = self.floor
        child.update({k: v for k, v in self.items() if k not in self.TIME_KEYS})
        return child

    def city(self) -> str:
        if self._city is None:
            keys = list(CITY_WEIGHTS)
            self._city = self.rng.choices(keys, [CITY_WEIGHTS[k] for k in keys])[0]
        return self._city

    def district(self) -> tuple[str, str]:
        districts = CITIES[self.city()]["districts"]
        if self._district is None:
            self._district = self.rng.randrange(len(districts))
        return districts[self._district]

    def __missing__(self, key: str) -> str:
        r = self.rng
        local = (self.moment or END).astimezone(EKB)
        if key == "city":
            v = CITIES[self.city()]["name"]
        elif key == "city_loc":
            v = CITIES[self.city()]["loc"]
        elif key == "city_en":
            v = CITIES[self.city()]["en"]
        elif key == "district":
            v = self.district()[0]
        elif key == "district_en":
            v = self.district()[1]
        elif key == "street":
            if self.city() == "ekb" and self._district == 0:
                v = r.choice(URALMASH_STREETS)
            else:
                v = r.choice(CITIES[self.city()]["streets"])
        elif key == "house":
            v = str(r.randint(2, 140)) + r.choice(["", "", "", "а", "/1", "к2"])
        elif key == "hours":  # the texts say "{hours} часа", so 2-4
            v = str(r.randint(2, 4))
        elif key == "days":  # "{days} дня"
            v = str(r.randint(2, 4))
        elif key in ("clock_now", "clock_now_en"):
            v = self._clock(local, key.endswith("_en"))
        elif key in ("clock_since", "clock_since_en"):
            since = local - dt.timedelta(minutes=r.randint(50, 300))
            if self.floor is not None:
                since = max(since, self.floor.astimezone(EKB))
            v = self._clock(since, key.endswith("_en"))
        elif key == "price":
            v = str(r.choice(PRICES))
        elif key == "old_price":
            v = "750"
        elif key == "new_price":
            v = "890"
        elif key == "amount":
            v = str(r.choice(AMOUNTS))
        elif key == "speed":
            v = str(r.choice(SPEEDS))
        elif key == "plan_speed":
            v = str(r.choice([300, 500, 500]))
        elif key in ("router", "router_en"):
            v = r.choice(ROUTERS)
        elif key == "ticket":
            v = str(r.randint(4_700_000, 4_899_999))
        elif key == "staff":
            v = r.choice(STAFF)
        elif key == "eta":
            v = r.choice(ETAS)
        elif key == "hello":
            v = self._hello(local)
        else:
            raise KeyError(f"unknown placeholder {{{key}}}")
        self[key] = v
        return v

    def _clock(self, moment: dt.datetime, english: bool) -> str:
        minute = moment.minute - moment.minute % 5
        if not english:
            return f"{moment.hour}:{minute:02d}"
        hour12 = moment.hour % 12 or 12
        return f"{hour12}:{minute:02d} {'am' if moment.hour < 12 else 'pm'}"

    def _hello(self, local: dt.datetime) -> str:
        r = self.rng
        if self.lang == "en":
            return f"Hi {self.hello_name}!" if self.hello_name else "Hi there!"
        if local.hour >= 18:
            greeting = r.choice(["добрый вечер!", "здравствуйте!"])
        elif 5 <= local.hour < 11:
            greeting = r.choice(["доброе утро!", "здравствуйте!"])
        elif local.hour >= 11:
            greeting = r.choice(["добрый день!", "здравствуйте!"])
        else:
            greeting = "здравствуйте!"
        if self.hello_name:
            return f"{self.hello_name}, {greeting}"
        return greeting[0].upper() + greeting[1:]


def fill(template: str, slots: Slots) -> str:
    return template.format_map(slots)


# --------------------------------------------------------------------------
# Hand-written texts
#
# Each topic has root texts (a new post or message) and replies of several
# kinds: "metoo" (someone with the same problem or opinion), "advice" (an
# answer from another user), "support" (the provider's official account) and
# "followup" (the original author coming back). Replies are matched to roots by
# the storyline window and sub-topic they fit, so that answers stay on topic.
# --------------------------------------------------------------------------


def T(text: str, when: str | None = None, tags: list[str] | None = None, ctx: tuple[str, ...] | None = None,
      g: str | None = None, about: str | None = None, o: str | None = None) -> dict:
    """One hand-written text.

    when   storyline window of a root text (see WINDOWS)
    about  what a root text is about, more precisely than its topic
    ctx    for replies: the root "when"/"about" values the reply fits (None: any)
    g      grammatical gender ("m"/"f") a Russian first-person text needs in its author
    o      outcome a support reply or follow-up reports: "fixed" or "not_fixed"
    tags   tags a root always gets (otherwise the topic's tags, sometimes)
    """
    return {"text": text, "when": when, "tags": tags, "ctx": ctx, "g": g, "about": about, "o": o}


TOPIC_TAGS = {
    "outage": ["problem/outage"],
    "billing": ["problem/billing"],
    "tariff": ["problem/billing", "pricing"],
    "speed": ["problem/speed"],
    "router": ["question", "equipment"],
    "support": ["problem/support"],
    "praise": ["praise"],
    "question": ["question"],
    "tv": ["problem/tv"],
    "competitor": ["competitor"],
}

# Outage roots default to about="ongoing" (see Builder.thread).
RU = {
    "outage": {
        "root": [
            T("Опять нет интернета. {district}, с {clock_since} всё лежит, роутер мигает красным. Линк-Телеком, что происходит?"),
            T("Линк-Телеком, у вас авария? {city}, {district} — ни интернета, ни ТВ уже {hours} часа."),
            T("Третий раз за неделю вечером отваливается интернет. Перезагрузка роутера не помогает, на линии просто тишина. Я работаю из дома, мне это стоит денег.", about="recurring"),
            T("Кто ещё на Линк-Телекоме, у вас работает? У нас {street} с утра ничего, горячая линия не отвечает."),
            T("На сайте Линк-Телекома висит «плановые работы», но никто не предупредил. Могли бы хоть СМС прислать, я бы созвон перенёс.", about="planned", g="m"),
            T("Интернет пропадает каждые 10–15 минут буквально на минуту. Для онлайн-игр это конец. Линк-Телеком, это у всех так или только у меня?", about="flapping"),
            T("Сидим без интернета с ночи. Ребёнку сдавать домашку в электронном дневнике, а у нас вместо роутера тыква. Спасибо, Линк-Телеком."),
            T("Интернета нет {district}. Дозвонилась в поддержку через 40 минут, сказали «ведутся работы», сроков не назвали.", g="f"),
            T("Линк-Телеком, верните интернет, пожалуйста 🙏 {street}, дом {house}, со вчерашнего вечера ни одного пакета."),
            T("Кажется, опять перебили кабель: {district} копают теплотрассу, и у всех соседей на Линк-Телекоме пусто."),
            T("Сутки без связи. Сутки! А личный кабинет пишет, что «проблем на линии не обнаружено». Очень смешно."),
            T("Ночью снова отключали интернет, примерно с двух до пяти. Не критично, но предупреждать о таком заранее было бы неплохо.", about="planned"),
            T("Линк-Телеком, а перерасчёт за дни без интернета вы делаете? У нас не было связи {days} дня.", about="refund"),
            T("Весь Уралмаш без интернета? У меня всё отвалилось посреди созвона, у соседей то же самое.", when="outage_nov12"),
            T("Говорят, на Машиностроителей экскаватор порвал кабель Линк-Телекома. Похоже на правду: лежит полрайона.", when="outage_nov12"),
            T("Час без интернета, в приложении Линк-Телекома «проблем не обнаружено», горячая линия занята. Отличный вечер четверга.", when="outage_nov12"),
            T("Обещали компенсацию за аварию 12 ноября, три дня бесплатно. На балансе ничего не появилось. Кому-нибудь уже начислили?", when="after_outage", about="refund"),
        ],
        "metoo": [
            T("Та же история, {district} тоже пусто.", ctx=("ongoing",)),
            T("Подтверждаю, у нас тоже нет ни интернета, ни ТВ.", ctx=("ongoing",)),
            T("У меня с {clock_since} не работает. Горячая линия занята.", ctx=("ongoing",)),
            T("Плюсую. Уже думал, что роутер сгорел, чуть новый не побежал покупать.", ctx=("ongoing", "flapping"), g="m"),
            T("У соседей по подъезду тоже лежит, значит, не у вас одних.", ctx=("ongoing",)),
            T("Третий раз за месяц. Я считаю.", ctx=("ongoing", "recurring")),
            T("Эльмаш тоже лежит, если что.", ctx=("outage_nov12",)),
            T("Мне тоже ничего не начислили. Написала в чат — сказали «ожидайте».", ctx=("refund",), g="f"),
            T("Нам тоже ничего не пересчитали, хотя заявку я оставлял.", ctx=("refund",), g="m"),
            T("Нас тоже не предупредили.", ctx=("planned",)),
            T("А у нас в это время как раз резервная копия на сервер шла. Спасибо.", ctx=("planned",)),
            T("У нас тоже по вечерам падает, уже неделю.", ctx=("recurring", "flapping")),
            T("У меня так было — оказался перебитый кабель в щитке.", ctx=("flapping",)),
        ],
        "advice": [
            T("Проверьте страницу «Статус сети» на сайте, там обычно видно аварии по районам.", ctx=("ongoing",)),
            T("Если дозвониться не получается, пишите в чат в приложении, там отвечают быстрее, чем по телефону.", ctx=("ongoing", "refund")),
            T("Раздайте пока интернет с телефона. По опыту, быстро не починят, часа три минимум.", ctx=("ongoing",)),
            T("Перерасчёт делают, только если оставить заявку. Сами ничего не начислят.", ctx=("refund",)),
            T("Посмотрите в приложении раздел «Баланс» → «Операции», у меня компенсация пришла отдельной строкой.", ctx=("after_outage",)),
            T("В приложении в разделе «Уведомления» можно включить оповещения о работах. По умолчанию они выключены.", ctx=("planned",)),
            T("Запишите время каждого обрыва и отправьте списком в поддержку — так быстрее найдут причину.", ctx=("recurring", "flapping")),
            T("Проверьте, не греется ли роутер. У меня так умирал блок питания.", ctx=("flapping",)),
            T("Похоже на проблему с кабелем в подъезде. Вызывайте мастера, удалённо такое не лечится.", ctx=("flapping", "recurring")),
        ],
        "support": [
            T("{hello} На участке {district} ведутся аварийные работы, бригада уже на месте. Ориентировочное время восстановления — {eta}. Приносим извинения за неудобства.", ctx=("ongoing",)),
            T("{hello} Проверили вашу линию: авария на оборудовании в доме, заявку передали инженерам. Номер заявки {ticket}.", ctx=("ongoing",)),
            T("{hello} Связь восстановлена. Если интернет не появился, перезагрузите роутер, а если не поможет — напишите нам в личные сообщения номер договора.", ctx=("ongoing",), o="fixed"),
            T("{hello} Повреждение магистрального кабеля на Машиностроителей, работают две бригады. Постараемся восстановить связь в течение ночи.", ctx=("outage_nov12",)),
            T("{hello} Компенсация за время аварии будет начислена автоматически в течение трёх рабочих дней. Заявку оставлять не нужно.", ctx=("after_outage",)),
            T("{hello} Проверили договор — перерасчёт за дни без связи сделан, сумма уже на балансе.", ctx=("refund",), o="fixed"),
            T("{hello} Это были плановые работы на узле. Уведомление должно было прийти по СМС — проверим, почему вы его не получили.", ctx=("planned",)),
            T("{hello} Проверили линию: на коммутаторе в вашем доме были сбои, оборудование заменили. Если обрывы повторятся, напишите нам.", ctx=("recurring",), o="fixed"),
            T("{hello} Видим на вашем порту частые переподключения. Создали заявку {ticket}, мастер проверит линию.", ctx=("flapping",)),
        ],
        "followup": [
            T("Дали интернет в {clock_now}. Спасибо, конечно, но столько часов без связи — это много.", ctx=("ongoing",), o="fixed"),
            T("Заработало. Надеюсь, компенсацию правда начислят.", ctx=("ongoing",), o="fixed"),
            T("Пока всё ещё нет. Заявку приняли, номер {ticket}.", ctx=("ongoing",), o="not_fixed"),
            T("Работает, но скорость пока как в 2005-м.", ctx=("ongoing",), o="fixed"),
            T("Начислили, вижу на балансе. Спасибо.", ctx=("refund",), o="fixed"),
            T("Прошла неделя, ничего.", ctx=("refund",), o="not_fixed"),
            T("Мастер поменял коннектор, больше не отваливается.", ctx=("flapping", "recurring"), o="fixed"),
            T("Вчера опять отвалилось, так что не всё.", ctx=("flapping", "recurring"), o="not_fixed"),
            T("Ладно, понял. Включил уведомления в приложении.", ctx=("planned",), g="m"),
        ],
    },
    "billing": {
        "root": [
            T("Линк-Телеком, объясните, почему с меня списали {amount} ₽, если мой тариф стоит {price} ₽? Никаких доп. услуг я не подключал.", about="overcharge", g="m"),
            T("Списали деньги дважды за ноябрь. В приложении два одинаковых платежа по {price} ₽. Кто-то ещё с таким столкнулся?", when="double_charge", about="double"),
            T("Заплатила через банк, деньги ушли, а на балансе ноль, и интернет отключили за неуплату. Поддержка просит чек — чек я отправила ещё вчера.", about="payment", g="f"),
            T("Вопрос к Линк-Телекому: откуда в счёте «Антивирус Премиум» за 149 ₽? Я его не подключал и даже не знаю, где он включается.", about="addon", g="m"),
            T("Перешёл на тариф подешевле, а списали по старому. Оператор говорит, смена тарифа вступает в силу с первого числа. Почему об этом не написано рядом с кнопкой «Сменить тариф»?", about="plan_change", g="m"),
            T("Год платил за аренду роутера, который вернул ещё в прошлом январе. Акт возврата у меня есть. Линк-Телеком, верните деньги.", about="rental", g="m"),
            T("Автоплатёж списал деньги с карты, которую я отвязал месяц назад. Как такое вообще возможно?", about="autopay", g="m"),
            T("Приостановил договор на время отпуска, а списание всё равно пришло. Теперь жду перерасчёт уже две недели.", about="freeze", g="m"),
            T("Подскажите, если расторгнуть договор с Линк-Телекомом, остаток с баланса вернут? Или сгорит?", about="balance_refund", tags=["question", "problem/billing"]),
            T("Линк-Телеком, у меня сегодня снова два списания по {new_price} ₽. Это уже не смешно.", when="double_charge", about="double"),
            T("Абонентка выросла с {old_price} до {new_price} ₽, а скорость та же. За что платим больше?", when="price_effective", about="price"),
            T("Списали сразу за два месяца вперёд, хотя я всегда платил помесячно. Денег на карте было впритык, теперь минус на счёте в банке.", about="prepaid", g="m"),
        ],
        "metoo": [
            T("Тоже дважды сняли, только что увидела.", ctx=("double",), g="f"),
            T("Подтверждаю, два списания по {price} ₽ за одно число.", ctx=("double",)),
            T("У меня такая же история с «Антивирусом», отключала через поддержку.", ctx=("addon",), g="f"),
            T("Меня так же «обрадовали». Узнал из СМС банка.", ctx=("double", "overcharge", "autopay", "price", "prepaid"), g="m"),
            T("То же самое, только у меня ещё и пени насчитали.", ctx=("double", "payment", "overcharge")),
            T("У меня тоже платёж висел два дня, потом сам зачислился.", ctx=("payment",)),
            T("С арендой у них вечно бардак, мне тоже полгода начисляли.", ctx=("rental",)),
            T("Тоже подорожало, и тоже без единого улучшения.", ctx=("price",)),
        ],
        "advice": [
            T("Напишите претензию через личный кабинет, а не в чат. Тогда её обязаны рассмотреть за 10 дней.", ctx=("double", "payment", "addon", "rental", "autopay", "freeze", "overcharge", "plan_change", "prepaid")),
            T("Посмотрите раздел «Подписки» в приложении, там некоторые платные услуги включены по умолчанию.", ctx=("addon", "overcharge")),
            T("Мне вернули после того, как я приложил скрин выписки из банка. Без него не двигались.", ctx=("double", "payment", "autopay", "overcharge", "prepaid"), g="m"),
            T("Смена тарифа у всех провайдеров с первого числа. Но предупреждать, конечно, могли бы.", ctx=("plan_change",)),
            T("Остаток возвращают, но только по заявлению в офисе и на карту, с которой платили.", ctx=("balance_refund",)),
            T("Отвяжите карту ещё и в банке, в настройках автоплатежей. Иначе списания могут идти по старой подписке.", ctx=("autopay",)),
            T("Заморозка начинается со следующего дня после заявки, а абонентка за текущий месяц списывается целиком. Мне так объяснили в офисе.", ctx=("freeze",)),
            T("Сфотографируйте акт возврата и отправьте через личный кабинет, а не в чат — там хотя бы номер обращения будет.", ctx=("rental",)),
            T("Попросите перевести на «Гигу» по старой цене, если вы с ними давно. Мне сделали.", ctx=("price",)),
        ],
        "support": [
            T("{hello} Видим двойное списание — это сбой платёжного шлюза. Лишняя сумма вернётся на баланс в течение трёх рабочих дней.", ctx=("double",)),
            T("{hello} Пришлите, пожалуйста, в личные сообщения номер договора и чек об оплате — разберёмся сегодня же.", ctx=("payment", "double", "autopay", "overcharge")),
            T("{hello} Услугу «Антивирус Премиум» отключили и сделали перерасчёт за последний месяц, деньги вернутся на баланс.", ctx=("addon",), o="fixed"),
            T("{hello} Проверили договор: ошибка на нашей стороне, приносим извинения. Перерасчёт {amount} ₽ уже на балансе.", ctx=("overcharge", "rental", "freeze", "plan_change", "autopay", "prepaid"), o="fixed"),
            T("{hello} Остаток на балансе возвращаем по заявлению: его можно подать в любом офисе или в приложении в разделе «Договор».", ctx=("balance_refund",)),
            T("{hello} Стоимость тарифа изменилась с 1 ноября. Если вы с нами больше трёх лет, напишите нам — переведём на «Гигу 1000» по прежней цене.", ctx=("price",)),
        ],
        "followup": [
            T("Деньги вернули, спасибо.", ctx=("double", "payment", "addon", "rental", "autopay", "freeze", "overcharge", "plan_change", "prepaid"), o="fixed"),
            T("Прошло три рабочих дня. Денег нет.", ctx=("double", "payment", "rental", "autopay", "overcharge", "prepaid"), o="not_fixed"),
            T("Написала в личку, жду ответа.", ctx=("double", "payment", "addon", "rental", "autopay", "freeze", "overcharge", "price", "prepaid"), g="f"),
            T("Ок, перерасчёт сделали, но осадочек остался.", ctx=("addon", "rental", "freeze", "overcharge", "plan_change", "autopay", "prepaid"), o="fixed"),
            T("Понял, спасибо. Значит, придётся ехать в офис.", ctx=("balance_refund",), g="m"),
            T("Перевели на «Гигу» по старой цене. Ладно, остаюсь.", ctx=("price",)),
        ],
    },
    "tariff": {
        "root": [
            T("Линк-Телеком повышает цены с 1 ноября: «Домашний 500» был {old_price} ₽, станет {new_price} ₽. Никаких улучшений, просто дороже.", when="price_announce", about="price"),
            T("Пришло письмо о «корректировке стоимости». Красиво называют подорожание на 18 %.", when="price_announce", about="price"),
            T("Интересно, что новым абонентам тот же тариф продают дешевле, чем старым. Лояльность, видимо, наказуема.", when="price_known", about="price"),
            T("Позвонил и сказал, что ухожу из-за повышения цены. Мне сразу предложили скидку 20 % на полгода. Работает, если что.", when="price_known", about="retention", g="m", tags=["pricing", "churn-risk"]),
            T("В «Гиге 1000» цена почти как у старого «Домашнего 500». Может, проще перейти?", when="price_known", about="giga"),
            T("Линк-Телеком, почему повышение касается абонентов с «вечным» тарифом? Мне при подключении обещали, что цена не изменится.", when="price_announce", about="price"),
            T("Сравнила тарифы Линк-Телекома и ВолнаНета: у ВолнаНета 500 Мбит/с за 690 ₽, у Линк-Телекома с ноября 890 ₽ за то же самое.", when="price_known", about="compare", g="f", tags=["pricing", "competitor"]),
        ],
        "metoo": [
            T("Тоже получил письмо. Думаю, куда уходить.", ctx=("price",), g="m"),
            T("Позвонила, пригрозила уходом — дали скидку. Противно, что без этого никак.", ctx=("retention", "price"), g="f"),
            T("Вечный тариф оказался не таким уж вечным.", ctx=("price",)),
            T("Второе повышение за полтора года, между прочим.", ctx=("price", "compare")),
        ],
        "advice": [
            T("А что вы хотели, оборудование дорожает. Но предупредить нормально можно было.", ctx=("price",)),
            T("Просите перевести на «Гигу 1000» по старой цене, для тех, кто больше трёх лет с ними, так делают.", ctx=("price", "retention")),
            T("Посчитайте с роутером: у ВолнаНета аренда 150 ₽ сверху, и через полгода цена растёт. В итоге почти одинаково.", ctx=("compare",)),
            T("Мне предложили только 10 %. Видимо, зависит от оператора.", ctx=("retention",)),
            T("Переходите, я перешёл в октябре — по кабелю честные 900.", ctx=("giga",), g="m"),
            T("Только роутер для гигабита нужен нормальный. Их арендованный с Wi-Fi 6 тянет, старые — нет.", ctx=("giga",)),
        ],
        "support": [
            T("{hello} Стоимость меняется из-за роста цен на оборудование и аренду магистральных каналов. Абонентам, которые с нами больше трёх лет, предлагаем перейти на «Гигу 1000» по цене прежнего тарифа.", ctx=("price", "compare")),
            T("{hello} Понимаем ваше недовольство. Напишите нам в личные сообщения номер договора — подберём тариф, который будет выгоднее.", ctx=("price", "compare")),
            T("{hello} Да, переход на «Гигу 1000» бесплатный, сделать его можно в приложении в разделе «Тариф».", ctx=("giga",)),
        ],
        "followup": [
            T("Перевели на «Гигу» по старой цене. Ладно, остаюсь.", ctx=("price",)),
            T("Дали скидку 15 % на полгода. Посмотрим, что будет потом.", ctx=("price",)),
            T("Ушёл к ВолнаНету. Всем спасибо, все свободны.", ctx=("price", "compare"), g="m"),
            T("Перешёл, доволен. Спасибо за советы.", ctx=("giga",), g="m"),
        ],
    },
    "speed": {
        "root": [
            T("По тарифу {plan_speed} Мбит/с, по факту вечером {speed} Мбит/с. Замерял по кабелю, не по Wi-Fi.", about="evening", g="m"),
            T("С восьми вечера до полуночи интернет от Линк-Телекома превращается в тыкву: видео тормозит даже в 480p, игры лагают.", about="evening"),
            T("Пинг до игровых серверов скачет от 30 до 300. Раньше такого не было, началось примерно месяц назад.", about="ping"),
            T("Speedtest показывает {speed} Мбит/с вместо {plan_speed}. Поддержка предлагает «перезагрузить роутер». Перезагружали. Трижды.", about="slow"),
            T("Загрузка нормальная, а отдача упала до 2 Мбит/с. Видеозвонки сыпятся, коллеги меня не слышат.", about="upload"),
            T("Раньше у Линк-Телекома был стабильный интернет, за это я его и держался. Последние два месяца по вечерам скорость просто никакая.", about="evening", g="m"),
            T("Кто на Линк-Телекоме {district}, какая у вас скорость вечером? Хочу понять, это у меня или у всего дома.", about="evening"),
            T("Торренты качают на 100+, а сайты открываются по пять секунд. Похоже на проблемы с DNS у провайдера.", about="dns"),
            T("После того как поставили новый роутер от Линк-Телекома, скорость по Wi-Fi упала вдвое. Старый TP-Link держал лучше.", about="wifi"),
            T("Обещанные 500 Мбит получаю только в три часа ночи. Днём 150–200, вечером под 50.", about="evening"),
        ],
        "metoo": [
            T("Та же картина вечером, {speed} Мбит/с в лучшем случае.", ctx=("evening", "slow")),
            T("У нас {district} то же самое: днём нормально, вечером ужас.", ctx=("evening",)),
            T("Да, пинг стал хуже. Играть невозможно.", ctx=("ping",)),
            T("Аналогично. Думал, это у меня роутер умирает.", ctx=("evening", "slow", "ping", "upload", "dns"), g="m"),
            T("С отдачей та же беда, на созвонах меня видят как слайд-шоу.", ctx=("upload",)),
            T("Их новый роутер вообще слабый, у соседа та же история.", ctx=("wifi",)),
        ],
        "advice": [
            T("Проверьте по кабелю и на другом устройстве. Если по кабелю нормально — дело в Wi-Fi, а не в провайдере.", ctx=("wifi", "slow")),
            T("Поставьте в роутере другие DNS, например 1.1.1.1 или 77.88.8.8, сайты начнут открываться быстрее.", ctx=("dns",)),
            T("Запишите замеры за неделю с датами и отправьте в поддержку. С цифрами они реагируют быстрее.", ctx=("evening", "slow", "ping", "upload")),
            T("Включите 5 ГГц, на 2,4 в многоэтажке всегда каша.", ctx=("wifi",)),
            T("Попросите проверить порт на коммутаторе. Мне нашли ошибки на порту и переключили удалённо.", ctx=("slow", "upload", "ping")),
            T("Сделайте трассировку до сервера и приложите к заявке, без неё они даже смотреть не будут.", ctx=("ping",)),
            T("Верните свой TP-Link, а их роутер сдайте. Аренда всё равно платная.", ctx=("wifi",)),
        ],
        "support": [
            T("{hello} Видим повышенную нагрузку на узле {district} в вечерние часы. Расширение канала запланировано на эту неделю.", ctx=("evening",)),
            T("{hello} Пожалуйста, сделайте замер на speedtest.net по кабелю и пришлите скриншот в личные сообщения вместе с номером договора.", ctx=("evening", "slow", "upload", "ping", "wifi")),
            T("{hello} Проверили: на вашем порту были ошибки, переключили на другой. Проверьте, пожалуйста, скорость сейчас.", ctx=("slow", "upload", "ping"), o="fixed"),
            T("{hello} Проблема с нашими DNS-серверами в вечерние часы подтвердилась, сегодня ночью добавим ещё один сервер.", ctx=("dns",)),
            T("{hello} Можем бесплатно заменить роутер на модель с Wi-Fi 6 — напишите номер договора в личные сообщения.", ctx=("wifi",)),
        ],
        "followup": [
            T("Переключили порт — по кабелю стало {plan_speed}. Посмотрим, как будет вечером.", ctx=("slow", "upload", "ping"), o="fixed"),
            T("Пока без изменений. Вечером опять {speed}.", ctx=("evening", "slow"), o="not_fixed"),
            T("Поменял DNS, сайты правда стали открываться быстрее. Спасибо!", ctx=("dns",), g="m"),
            T("Роутер поменяли, Wi-Fi снова нормальный.", ctx=("wifi",), o="fixed"),
            T("Сегодня вечером было уже получше, 300 с лишним.", ctx=("evening",), o="fixed"),
        ],
    },
    "router": {
        "root": [
            T("Как настроить {router} под Линк-Телеком? Тип подключения PPPoE или IPoE? В договоре ничего не написано.", about="ipoe"),
            T("Купил {router}, подключил кабель от Линк-Телекома — интернета нет. Со старым роутером всё работает. Может, привязка по MAC?", about="mac", g="m"),
            T("Линк-Телеком, можно ли использовать свой роутер вместо арендованного? Ваш ZTE греется как утюг и виснет раз в день.", about="own"),
            T("Подскажите, у Линк-Телекома есть IPv6? Хочу настроить на {router}, но префикс не приходит.", about="ipv6"),
            T("Кто-нибудь поднимал IPTV Линк-Телекома через свой роутер? На {router} каналы идут с артефактами, через их приставку нормально.", about="iptv"),
            T("Мастер от Линк-Телекома настроил роутер и оставил пароль admin/admin. Хорошо, что я проверил.", about="password", g="m"),
            T("Wi-Fi от роутера Линк-Телекома не добивает до дальней комнаты. Что лучше — mesh или второй роутер в режиме точки доступа?", about="coverage"),
            T("Линк-Телеком выдаёт серый IP, а мне нужен доступ к камерам из дома. Белый IP у них платный — 150 ₽ в месяц. Есть другие варианты?", about="cgnat"),
            T("После обновления прошивки на арендованном роутере пропал 5 ГГц. Сброс к заводским настройкам не помог.", about="firmware"),
            T("Подскажите настройки VLAN для ТВ от Линк-Телекома, если ставить {router}. В поддержке говорят «мы не настраиваем сторонние устройства».", about="iptv"),
        ],
        "metoo": [
            T("Тоже интересует.", ctx=("ipv6", "iptv", "coverage")),
            T("Та же история после обновления.", ctx=("firmware",)),
            T("Мне мастер так же оставил, кстати.", ctx=("password",)),
        ],
        "advice": [
            T("У Линк-Телекома IPoE, логин и пароль не нужны. Просто выберите «Динамический IP».", ctx=("ipoe", "mac")),
            T("MAC привязан, да. Склонируйте MAC старого роутера или позвоните, чтобы привязку сбросили.", ctx=("mac", "ipoe", "own")),
            T("IPv6 у них нет, я спрашивал в прошлом месяце. Обещают «в следующем году».", ctx=("ipv6",), g="m"),
            T("Для IPTV нужен VLAN 100 на порт приставки и включённый IGMP proxy, остальное по умолчанию.", ctx=("iptv",)),
            T("Берите mesh. Два роутера — это вечная возня с переключением между сетями.", ctx=("coverage",)),
            T("Если можно протянуть кабель по коридору, ставьте точку доступа по кабелю. Это надёжнее любого mesh.", ctx=("coverage",)),
            T("Белый IP не нужен, если камеры умеют в облако. Или поднимите VPN через недорогой VPS.", ctx=("cgnat",)),
            T("Белый IP за 150 ₽ — самое простое. Всё остальное — костыли.", ctx=("cgnat",)),
            T("Я поставил свой Keenetic без проблем, арендованный сдал обратно в офис.", ctx=("own",), g="m"),
            T("ZTE у них действительно перегревается. Поставьте его хотя бы вертикально и не в шкаф.", ctx=("own",)),
            T("Смените пароль и заодно отключите WPS и удалённое управление, оно там тоже бывает включено.", ctx=("password",)),
            T("Откатите прошивку через веб-интерфейс или попросите заменить роутер — арендованный меняют бесплатно.", ctx=("firmware",)),
            T("У меня после того же обновления 5 ГГц появился только после смены региона на «Россия» в настройках.", ctx=("firmware",)),
            T("{router} умеет IPoE из коробки, при первом запуске мастер настройки сам всё определит.", ctx=("ipoe",)),
        ],
        "support": [
            T("{hello} Мы используем IPoE, дополнительная настройка не нужна. Если подключаете новый роутер, напишите нам — сбросим привязку по MAC.", ctx=("ipoe", "mac", "own")),
            T("{hello} Можно использовать любой роутер. Арендованный можно вернуть в любом офисе, начисления за аренду прекратятся с даты возврата.", ctx=("own",)),
            T("{hello} Для IPTV на стороннем роутере включите IGMP proxy и выделите порт под приставку в VLAN 100.", ctx=("iptv",)),
            T("{hello} Спасибо, что сообщили. Это нарушение регламента, передали руководителю сервисной службы. Пароль, пожалуйста, смените.", ctx=("password",)),
            T("{hello} IPv6 мы запускаем поэтапно, ваш район пока в планах на следующий год.", ctx=("ipv6",)),
            T("{hello} Белый IP можно подключить в приложении в разделе «Услуги». Первый месяц бесплатно.", ctx=("cgnat",)),
            T("{hello} Заменим роутер бесплатно, мастер привезёт новый. Напишите номер договора в личные сообщения.", ctx=("firmware", "own")),
        ],
        "followup": [
            T("Сбросили MAC, всё заработало. Спасибо!", ctx=("mac", "ipoe"), o="fixed"),
            T("Склонировал MAC — полетело.", ctx=("mac",), g="m"),
            T("Поставил mesh, теперь Wi-Fi есть даже на балконе.", ctx=("coverage",), g="m"),
            T("VLAN настроил, каналы пошли без артефактов.", ctx=("iptv",), g="m"),
            T("Сменил пароль, заодно и на Wi-Fi.", ctx=("password",), g="m"),
            T("Ладно, подожду следующего года 🙂", ctx=("ipv6",)),
            T("Подключил белый IP, камеры видно.", ctx=("cgnat",), g="m"),
            T("Роутер заменили, 5 ГГц на месте.", ctx=("firmware",), o="fixed"),
            T("Сдал их ZTE, поставил свой. Тишина и стабильность.", ctx=("own",), g="m"),
        ],
    },
    "support": {
        "root": [
            T("Час сорок на линии поддержки Линк-Телекома. Музыка уже снится. Кто-нибудь знает, как быстрее достучаться до живого человека?", about="hold"),
            T("Оставила заявку на ремонт {days} дня назад. Мастер так и не пришёл, звонила дважды — «передали в технический отдел».", about="visit", g="f"),
            T("Чат-бот Линк-Телекома — это отдельный круг ада. На любой вопрос предлагает перезагрузить роутер.", about="bot"),
            T("Мастер пришёл вовремя, но без кабеля. Сказал, «на складе закончился». Перенесли на следующую неделю.", about="visit"),
            T("Поддержка Линк-Телекома закрыла мою заявку с пометкой «решено», хотя ничего не решено. Номер заявки {ticket}.", about="ticket"),
            T("Позвонил в поддержку, объяснил проблему, меня трижды переключали между отделами и в итоге сбросили.", about="hold", g="m"),
            T("Линк-Телеком, почему в чате поддержки отвечают раз в полчаса? Раньше было быстрее.", about="hold"),
            T("Отдельное «спасибо» Линк-Телекому: пятый день жду, когда мне перезвонит инженер. Обещали «в течение суток».", about="ticket"),
            T("Написал в поддержку в ВК — ответили через 10 минут и сразу дали номер заявки. По телефону так не получается.", about="vk_good", g="m", tags=["praise"]),
        ],
        "metoo": [
            T("Я вчера висел на линии 50 минут, потом сдался.", ctx=("hold",), g="m"),
            T("Моя заявка тоже «решена» без всякого решения.", ctx=("ticket",)),
            T("У меня мастер вообще не пришёл и не позвонил.", ctx=("visit",)),
            T("Подтверждаю, в чате теперь ждать дольше, чем по телефону.", ctx=("hold",)),
            T("Бот мне тоже трижды предлагал перезагрузку. Кнопки «позвать человека» там нет.", ctx=("bot",)),
            T("Подтверждаю, в ВК реально быстро отвечают.", ctx=("vk_good",)),
        ],
        "advice": [
            T("Пишите сразу в личку группы ВК, там живые люди и отвечают быстрее.", ctx=("hold", "bot", "ticket", "visit")),
            T("Попросите соединить со старшим смены, это обычно ускоряет.", ctx=("hold", "ticket", "visit")),
            T("Напишите боту слово «оператор», он переключает на человека.", ctx=("bot",)),
        ],
        "support": [
            T("{hello} Приносим извинения за долгое ожидание. Передали вашу заявку {ticket} руководителю технической службы, с вами свяжутся сегодня до 18:00.", ctx=("ticket", "visit", "hold")),
            T("{hello} Сейчас большая нагрузка на линию. Быстрее всего ответим в чате приложения или здесь в личных сообщениях.", ctx=("hold", "bot")),
            T("{hello} Заявку переоткрыли, мастер придёт завтра с 10:00 до 14:00. Время подтвердим по СМС.", ctx=("ticket", "visit")),
            T("{hello} Спасибо за отзыв, передадим коллегам!", ctx=("vk_good",)),
        ],
        "followup": [
            T("Перезвонили через час после поста. Интересно, без поста бы перезвонили?", ctx=("hold", "ticket", "visit")),
            T("Мастер пришёл, всё сделал. Но почему для этого надо писать публично?", ctx=("visit", "ticket"), o="fixed"),
            T("Жду. Посмотрим.", ctx=("hold", "ticket", "visit", "bot")),
        ],
    },
    "praise": {
        "root": [
            T("Хочу сказать спасибо Линк-Телекому: мастер пришёл в тот же день, всё проверил и заменил коннектор. Интернет летает.", about="visit"),
            T("Пять лет с Линк-Телекомом, за всё время серьёзных проблем было две. Для нашего района это отличный результат.", about="reliability"),
            T("Сегодня в поддержке Линк-Телекома мне помогла {staff} — быстро, вежливо и без «перезагрузите роутер». Побольше бы таких сотрудников.", about="staff"),
            T("Подключились к Линк-Телекому на новой квартире: заявку оставили утром, вечером уже был интернет. Приятно удивлены.", about="install"),
            T("После перехода на «Гигу» наконец-то честный гигабит по кабелю. Замерил — 930 Мбит/с. Доволен.", when="after_giga", about="speed", g="m"),
            T("Ночью пропал интернет, написал в чат — ответили за пару минут, через полчаса всё заработало. Вот это уровень.", about="chat", g="m"),
            T("Кто выбирает провайдера {city_loc} — советую Линк-Телеком. Не идеально, но стабильнее всего, что у нас было.", about="reliability"),
            T("Линк-Телеком вернул деньги за двойное списание раньше, чем обещал. Мелочь, а приятно.", when="double_refund", about="refund"),
            T("Порадовало, что Линк-Телеком сам прислал СМС о плановых работах за два дня. Можно же, когда хотят!", about="notice"),
            T("Приложение Линк-Телекома после обновления стало реально удобным: оплата в два нажатия, статус заявки видно сразу.", about="app"),
        ],
        "metoo": [
            T("Подтверждаю, {staff} из поддержки вообще молодец.", ctx=("staff",)),
            T("Рада за вас! У нас {district} тоже в последнее время всё стабильно.", ctx=("reliability", "speed", "visit", "chat"), g="f"),
            T("Ну хоть у кого-то всё хорошо 🙂"),
            T("Согласен, за три года ни одной серьёзной аварии.", ctx=("reliability",), g="m"),
            T("Мне тоже вернули досрочно, приятно.", ctx=("refund",)),
            T("Да, приложение наконец-то стало нормальным.", ctx=("app",)),
            T("У нас тоже мастер приходил в тот же день, так что подтверждаю.", ctx=("visit", "install")),
            T("Нам тоже пришло, приятно удивилась.", ctx=("notice",), g="f"),
            T("Да, в чате сейчас правда быстро отвечают.", ctx=("chat",)),
        ],
        "support": [
            T("{hello} Спасибо за тёплые слова! Обязательно передадим их команде."),
            T("{hello} Очень приятно читать такое! Хорошего вам интернета 🙂"),
        ],
    },
    "question": {
        "root": [
            T("Подскажите, Линк-Телеком подключает частные дома {district}? Или только многоэтажки?", about="house", tags=["question", "lead"]),
            T("Есть ли у Линк-Телекома тариф только на ТВ, без интернета? Для родителей.", about="tvonly"),
            T("Переезжаю в другую квартиру в том же городе — можно ли перенести договор с Линк-Телекомом, или надо заключать новый?", about="move"),
            T("Кто знает, сколько стоит подключение у Линк-Телекома в новостройке {street}? Дом сдали месяц назад.", about="newbuild", tags=["question", "lead"]),
            T("Линк-Телеком, можно ли заморозить договор на два месяца? Уезжаю на вахту.", about="freeze"),
            T("Как у Линк-Телекома с выделенным IP для бизнеса? Нужен канал в небольшой офис на 10 человек.", about="business", tags=["question", "lead"]),
            T("Подскажите, какую приставку брать для ТВ от Линк-Телекома — их фирменную, или подойдёт любая на Android TV?", about="stb"),
            T("А у Линк-Телекома есть семейный тариф с мобильной связью? Видел рекламу, но на сайте не нашёл.", about="mobile", g="m"),
        ],
        "advice": [
            T("Подключают, но только там, где по улице проходит их оптика. Проверьте адрес на сайте.", ctx=("house", "newbuild")),
            T("Мы подключались в новостройке за 1 ₽ по акции, но это было весной.", ctx=("newbuild",)),
            T("Есть, мы родителям такой брали. Только приставку лучше купить, аренда за год дороже выходит.", ctx=("tvonly",)),
            T("Договор переносится, платить за подключение на новом адресе не надо, если у них там есть сеть.", ctx=("move",)),
            T("Заморозка есть, до 90 дней в году, в личном кабинете в разделе «Договор».", ctx=("freeze",)),
            T("Для бизнеса у них отдельный отдел, звоните на корпоративный номер, там всё быстрее.", ctx=("business",)),
            T("Любая приставка на Android TV подойдёт: ставите их приложение и входите по номеру договора.", ctx=("stb",)),
            T("Их фирменная удобнее — пульт один и обновления приходят сами. Но Android TV тоже работает.", ctx=("stb",)),
            T("Нет у них мобильной связи. По-моему, это была реклама ВолнаНета.", ctx=("mobile",)),
        ],
        "support": [
            T("{hello} Да, такая возможность есть. Подробности — в разделе «Услуги» личного кабинета, или напишите нам номер договора, оформим сами.", ctx=("move", "freeze")),
            T("{hello} Проверили адрес: дом подключён, подключение бесплатное. Оставить заявку можно на сайте или в приложении.", ctx=("house", "newbuild")),
            T("{hello} Тариф «Только ТВ» есть: 120 каналов за 350 ₽ в месяц. Приставку можно взять в аренду.", ctx=("tvonly",)),
            T("{hello} Для бизнеса есть тарифы с фиксированным IP и гарантированной скоростью. Оставьте телефон в личных сообщениях — с вами свяжется менеджер.", ctx=("business",)),
            T("{hello} Мобильной связи у нас пока нет. Возможно, вы видели рекламу другого оператора.", ctx=("mobile",)),
        ],
        "followup": [
            T("Спасибо, оставил заявку.", ctx=("house", "newbuild", "business"), g="m"),
            T("Понял, спасибо за ответы!", ctx=("tvonly", "move", "stb", "business", "house"), g="m"),
            T("Нашла в личном кабинете, всё получилось.", ctx=("freeze", "move"), g="f"),
            T("Точно, перепутал 🙂", ctx=("mobile",), g="m"),
        ],
    },
    "tv": {
        "root": [
            T("Из базового пакета Линк-Телекома убрали «Матч ТВ». Папа смотрел только его. Теперь платить за «Спорт+» ещё 299 ₽?", when="tv_change", about="package"),
            T("ТВ от Линк-Телекома постоянно подвисает на пару секунд, особенно на спортивных трансляциях.", about="lag"),
            T("Архив передач у Линк-Телекома хранится всего сутки. У конкурентов — неделю.", about="archive"),
            T("Приставка Линк-Телекома после обновления загружается по три минуты. Это нормально?", about="stb"),
            T("На телевизоре пропали все каналы, кроме первых двадцати. Пишет «нет подписки», хотя оплачено до конца месяца.", about="subscription"),
            T("У кого Линк-Телеком {district} — у вас ТВ тоже пишет «нет сигнала»? Интернет вроде есть, а приставка не грузится.", about="nosignal"),
        ],
        "metoo": [
            T("У нас тоже подвисает, особенно на футболе.", ctx=("lag",)),
            T("Та же беда, приставка думает дольше, чем телевизор греется.", ctx=("stb",)),
            T("Ага, отец уже звонил ругаться. Бесполезно.", ctx=("package",)),
            T("Да, архив — больное место. Пропустил матч, а утром его уже нет.", ctx=("archive",), g="m"),
            T("У нас тоже «нет сигнала» уже час.", ctx=("nosignal",)),
        ],
        "advice": [
            T("Мы перешли на онлайн-кинотеатры, а приставку сдали. Экономия и нервы целы.", ctx=("package", "archive", "lag")),
            T("Сбросьте приставку к заводским настройкам, после обновления это помогает.", ctx=("stb", "nosignal")),
            T("Архив на неделю есть в пакете «Плюс», но он платный.", ctx=("archive",)),
        ],
        "support": [
            T("{hello} Подвисания связаны с нагрузкой на серверы вещания, исправление выкатим до конца недели.", ctx=("lag",)),
            T("{hello} Проверили договор: подписка на пакет слетела из-за сбоя, восстановили. Перезагрузите, пожалуйста, приставку.", ctx=("subscription",), o="fixed"),
            T("{hello} Первый месяц пакета «Спорт+» для всех абонентов бесплатный, подключить его можно в приложении.", ctx=("package",)),
            T("{hello} На платформе ТВ была кратковременная авария, сейчас всё работает. Перезагрузите, пожалуйста, приставку.", ctx=("nosignal",), o="fixed"),
            T("{hello} В последнем обновлении приставки нашли ошибку, исправление придёт автоматически в течение недели.", ctx=("stb",)),
            T("{hello} Недельный архив доступен в пакете «Плюс», подключить его можно в приложении.", ctx=("archive",)),
        ],
        "followup": [
            T("Перезагрузил — каналы вернулись. Спасибо.", ctx=("subscription", "nosignal"), g="m", o="fixed"),
            T("Обновилась, теперь грузится за полминуты.", ctx=("stb",), o="fixed"),
            T("Месяц бесплатно, а потом что? Всё равно платить.", ctx=("package",)),
        ],
    },
    "competitor": {
        "root": [
            T("Перешёл с Линк-Телекома на ВолнаНет. Пока полёт нормальный, но прошла только неделя.", about="switched", g="m"),
            T("ВолнаНет зашёл к нам в дом и раздаёт подключение бесплатно. Кто-нибудь пробовал? Стоит уходить с Линк-Телекома?", about="choose", tags=["competitor", "churn-risk"]),
            T("Был у ВолнаНета два года, вернулся в Линк-Телеком. У ВолнаНета дешевле, но поддержка вообще не отвечает.", about="returned", g="m"),
            T("В нашем доме только Линк-Телеком и ВолнаНет. Что выбрать для удалённой работы, чтобы созвоны не рвались?", about="choose"),
            T("ВолнаНет предлагает 500 Мбит за 690 ₽ первые полгода. Линк-Телеком, будете что-то отвечать?", when="price_known", about="promo"),
            T("Соседи, кто на ВолнаНете, у вас тоже вчера лежало? У нас Линк-Телеком, всё работало.", about="volna_outage"),
            T("Промоутеры ВолнаНета ходят по подъездам и рассказывают, что Линк-Телеком «скоро уйдёт из района». Это правда?", about="rumor"),
        ],
        "metoo": [
            T("Да, у нас на ВолнаНете вечером часа три не было.", ctx=("volna_outage",)),
            T("Лежало, они потом писали про аварию на магистрали.", ctx=("volna_outage",)),
            T("У нас тоже ходили, рассказывали то же самое.", ctx=("rumor",)),
            T("Та же история: у ВолнаНета с поддержкой беда.", ctx=("returned",)),
        ],
        "advice": [
            T("Я полгода на ВолнаНете, по вечерам тоже проседает, чудес нет.", ctx=("switched", "choose", "returned", "promo")),
            T("ВолнаНет дешевле только первые полгода, потом цена как у всех.", ctx=("switched", "choose", "promo")),
            T("Вернулся к Линк-Телекому через месяц. У ВолнаНета роутер в аренду хуже, а поддержка — одно окошко на весь город.", ctx=("switched", "choose", "promo"), g="m"),
            T("Бесплатное подключение — это почти всегда договор на год с неустойкой. Читайте мелкий шрифт.", ctx=("choose", "promo")),
            T("Для созвонов важнее стабильность, чем цена. Я бы остался на Линк-Телекоме.", ctx=("choose",), g="m"),
            T("Неправда, это обычный маркетинг. Линк-Телеком у нас в доме месяц назад оборудование менял.", ctx=("rumor",)),
        ],
        "support": [
            T("{hello} Мы никуда не уходим 🙂 Наоборот, в этом году обновляем оборудование в районе.", ctx=("rumor",)),
            T("{hello} Будем рады, если останетесь с нами. Напишите номер договора в личные сообщения — подберём персональное предложение.", ctx=("choose", "promo")),
            T("{hello} Спасибо, что вернулись! Если что-то понадобится, пишите нам.", ctx=("returned",)),
        ],
    },
}

EN = {
    "outage": {
        "root": [
            T("LinkTelecom has been down in {district_en} since {clock_since_en}. No internet, no TV. Their status page says everything is fine, of course."),
            T("Is LinkTelecom down for anyone else in {city_en}? The router's WAN light has been blinking red for an hour."),
            T("Third outage this month with LinkTelecom. I work remotely for a company in Berlin and I'm running out of excuses for my team.", about="recurring"),
            T("Woke up to no internet again. LinkTelecom support says 'engineers are working on it' but won't give an ETA."),
            T("Fun fact: when your ISP goes down you suddenly notice how many things in your flat need the internet. LinkTelecom, please."),
            T("LinkTelecom outage update: apparently a contractor cut the main fibre during roadworks in Uralmash. No ETA yet.", when="outage_nov12"),
            T("Half of northern Yekaterinburg seems to be offline. LinkTelecom's hotline just plays music at you.", when="outage_nov12"),
            T("My LinkTelecom connection drops for a minute every 15 minutes or so, all evening. The router log just shows the WAN link going down and up.", about="flapping"),
        ],
        "metoo": [
            T("Same here in {district_en}. Nothing since {clock_since_en}.", ctx=("ongoing",)),
            T("Down for me too. Their hotline is permanently busy.", ctx=("ongoing",)),
            T("Confirmed, the whole building is offline.", ctx=("ongoing",)),
            T("Mine just came back, so maybe they're restoring it area by area.", ctx=("ongoing",), o="fixed"),
            T("Same pattern here, it drops almost every evening.", ctx=("recurring",)),
            T("Had exactly this last winter. Turned out to be a damaged cable in the stairwell box.", ctx=("flapping",)),
        ],
        "advice": [
            T("Check their network status page, it lists outages by district (sometimes).", ctx=("ongoing",)),
            T("Message them on VK, you'll get an answer faster than by phone.", ctx=("ongoing", "recurring")),
            T("Ask for a recalculation. They only do it automatically for big outages.", ctx=("ongoing", "recurring")),
            T("Tether from your phone for now. In my experience these take hours, not minutes.", ctx=("ongoing",)),
            T("Log every drop with a timestamp and send them the list. That's what finally got my line fixed.", ctx=("recurring",)),
            T("That's usually physical: a bad connector or cable. Get a technician out, remote resets won't fix it.", ctx=("flapping", "recurring")),
        ],
        "support": [
            T("{hello} We're aware of the outage in {district_en}; our crews are on site. We expect service to be back within a few hours. Sorry for the trouble. — LinkTelecom support", ctx=("ongoing",)),
            T("{hello} Service has been restored. If you're still offline, please restart your router and DM us your contract number.", ctx=("ongoing",), o="fixed"),
            T("{hello} We found errors on the switch in your building and replaced it this morning. Let us know if the drops continue.", ctx=("recurring",), o="fixed"),
            T("{hello} We can see frequent reconnects on your port. We've opened ticket {ticket} and a technician will check the line.", ctx=("flapping",)),
        ],
        "followup": [
            T("Back online at {clock_now_en}. About six hours in total.", ctx=("outage_nov12",), o="fixed"),
            T("Back online as of {clock_now_en}.", ctx=("ongoing",), o="fixed"),
            T("Still down. At least I got a ticket number now.", ctx=("ongoing",), o="not_fixed"),
            T("It's back. Fingers crossed they actually send the compensation.", ctx=("ongoing",), o="fixed"),
            T("No drops since. Fingers crossed.", ctx=("recurring",), o="fixed"),
            T("The technician swapped the connector. Rock solid since.", ctx=("flapping",), o="fixed"),
            T("Dropped again last night, so not fixed yet.", ctx=("flapping", "recurring"), o="not_fixed"),
        ],
    },
    "billing": {
        "root": [
            T("LinkTelecom charged me twice for November. Two identical payments of {price} RUB on the same day. Anyone else?", when="double_charge", about="double"),
            T("Found a mystery 'Antivirus Premium' add-on on my LinkTelecom bill. Never signed up for it. Classic.", about="addon"),
            T("Paid my LinkTelecom bill through the bank app, money left my account, balance still shows zero and they cut me off for non-payment.", about="payment"),
            T("Does LinkTelecom refund the remaining balance if you cancel the contract? I'm leaving the country next month.", about="balance_refund", tags=["question", "problem/billing"]),
            T("LinkTelecom keeps charging me router rental for a router I returned in spring. I have the return receipt. How do I escalate this?", about="rental"),
            T("Is anyone else's LinkTelecom bill higher this month? Mine went from {old_price} to {new_price} RUB.", when="price_effective", about="price"),
        ],
        "metoo": [
            T("Same, double charged on the 1st.", ctx=("double",)),
            T("Same antivirus thing happened to me last year. It's opt-out, not opt-in.", ctx=("addon",)),
            T("Happened to me too. Took a week to sort out.", ctx=("double", "payment", "rental", "addon")),
            T("Yep, same jump here.", ctx=("price",)),
        ],
        "advice": [
            T("File a written claim in the customer portal, not in chat. They have to respond within 10 days.", ctx=("double", "payment", "rental", "addon")),
            T("Check 'Subscriptions' in the app, some add-ons are switched on by default.", ctx=("addon",)),
            T("Keep a screenshot of your bank statement, they ask for it every single time.", ctx=("double", "payment")),
            T("They do refund it, but only to the card you paid with and only if you apply in person at an office.", ctx=("balance_refund",)),
            T("Bring the return receipt to any of their offices, they fix rental charges on the spot there.", ctx=("rental",)),
            T("That's the November price increase, they announced it at the start of October.", ctx=("price",)),
        ],
        "support": [
            T("{hello} The duplicate charge was caused by a payment gateway error. The extra amount will be back on your balance within three business days.", ctx=("double",)),
            T("{hello} Sorry about that. Please DM us your contract number and we'll sort out the refund today. — LinkTelecom support", ctx=("double", "payment", "rental", "addon")),
            T("{hello} You can get the remaining balance back by filing a request at any office or in the app under 'Contract'.", ctx=("balance_refund",)),
            T("{hello} Prices changed on November 1. If you've been with us for more than three years, DM us and we'll move you to Giga 1000 at your old price.", ctx=("price",)),
        ],
        "followup": [
            T("Refund landed today. Took four days.", ctx=("double", "payment", "rental", "addon"), o="fixed"),
            T("Still waiting on the refund.", ctx=("double", "payment", "rental", "addon"), o="not_fixed"),
            T("Sorted, thanks. Would have been nice not to have to ask.", ctx=("addon", "rental", "payment"), o="fixed"),
            T("Thanks, I'll stop by an office before I leave.", ctx=("balance_refund",)),
            T("Ah, I missed that email. Thanks.", ctx=("price",)),
        ],
    },
    "tariff": {
        "root": [
            T("LinkTelecom is raising prices from November 1. Home 500 goes from 750 to 890 RUB a month. Long-time customers get nothing.", when="price_announce", about="price"),
            T("Called LinkTelecom to cancel over the price hike and was offered 20% off for six months. The retention desk works.", when="price_known", about="retention", tags=["pricing", "churn-risk"]),
            T("Got a 'price adjustment' email from LinkTelecom. My plan goes from {old_price} to {new_price} RUB with zero change in speed.", when="price_announce", about="price"),
        ],
        "metoo": [
            T("Got the same email. Thinking about switching.", ctx=("price",)),
            T("Same. Second increase in two years.", ctx=("price",)),
        ],
        "advice": [
            T("Ask them to move you to Giga 1000 at the old price. They do it for customers with 3+ years.", ctx=("price",)),
            T("Everyone in the region is raising prices, to be fair. VolnaNet will too once the promo ends.", ctx=("price", "retention")),
            T("I only got 10% off when I tried that. Depends on who picks up, I guess.", ctx=("retention",)),
        ],
        "support": [
            T("{hello} Customers who have been with us for more than three years can switch to Giga 1000 at their current price. DM us your contract number and we'll do it for you.", ctx=("price",)),
        ],
        "followup": [
            T("They moved me to Giga 1000 at the old price. Fair enough.", ctx=("price",)),
            T("Switching to VolnaNet next week, we'll see how that goes.", ctx=("price",)),
        ],
    },
    "speed": {
        "root": [
            T("Paying for 500 Mbps with LinkTelecom, getting {speed} Mbps in the evenings. Wired, not Wi-Fi. Any tips before I call support again?", about="evening"),
            T("Latency to EU game servers doubled since last month on LinkTelecom. Traceroute shows the jump right at their core router.", about="ping"),
            T("LinkTelecom's DNS seems to be the bottleneck. Switched to 1.1.1.1 and pages load noticeably faster.", about="dns"),
            T("Upload on my LinkTelecom line dropped to 2 Mbps. Video calls are a slideshow. Download is fine.", about="upload"),
        ],
        "metoo": [
            T("Same here, evenings are rough.", ctx=("evening",)),
            T("Ping spikes here too, started a few weeks ago.", ctx=("ping",)),
            T("Can confirm, their resolvers crawl after 8 pm.", ctx=("dns",)),
        ],
        "advice": [
            T("Test on a wired connection at different times and keep a log. Support takes numbers seriously.", ctx=("evening", "ping", "upload")),
            T("Ask them to check your port for errors. Mine had a faulty port, they fixed it remotely.", ctx=("evening", "upload", "ping")),
            T("Run an MTR for a few minutes and attach it to the ticket, they won't escalate without it.", ctx=("ping",)),
            T("Quad9 works well too if you'd rather not use Cloudflare.", ctx=("dns",)),
        ],
        "support": [
            T("{hello} Please run a wired test on speedtest.net and DM us the screenshot together with your contract number. We'll check your line today.", ctx=("evening", "upload", "ping")),
        ],
        "followup": [
            T("They moved me to another port, now getting full speed. We'll see tonight.", ctx=("evening", "upload", "ping"), o="fixed"),
            T("No change so far. Still {speed} Mbps after 8 pm.", ctx=("evening",), o="not_fixed"),
        ],
    },
    "router": {
        "root": [
            T("Setting up {router_en} on LinkTelecom (Russia). They use IPoE with MAC binding, so I had to clone the old router's MAC to get online.", about="mac"),
            T("Anyone got IPTV from LinkTelecom working through their own router? Channels stutter unless I use the ISP's box.", about="iptv"),
            T("LinkTelecom gives CGNAT addresses by default. A public IPv4 is 150 RUB/month. Is there a sane way to reach my home server without it?", about="cgnat"),
            T("The ISP-supplied ZTE router from LinkTelecom runs hot enough to fry an egg and reboots daily. Replacing it with {router_en} — anything I should know?", about="own"),
            T("Does LinkTelecom support IPv6 at all? My {router_en} never gets a prefix delegated.", about="ipv6"),
            T("Mesh or access point for a three-room Soviet-era flat with thick concrete walls? The LinkTelecom router barely reaches the kitchen.", about="coverage"),
        ],
        "metoo": [
            T("Thanks for posting this, the MAC binding caught me out too.", ctx=("mac",)),
            T("Following, same question here.", ctx=("ipv6", "iptv")),
        ],
        "advice": [
            T("It's IPoE, just set WAN to DHCP. If it doesn't work, call and ask them to reset the MAC binding.", ctx=("own",)),
            T("IPTV needs VLAN 100 on the set-top box port and IGMP proxy enabled.", ctx=("iptv",)),
            T("No IPv6 as far as I know. I asked them last month.", ctx=("ipv6",)),
            T("Go mesh. Concrete walls kill everything else.", ctx=("coverage",)),
            T("If you can run a cable down the hallway, a wired access point beats mesh every time.", ctx=("coverage",)),
            T("A cheap VPS with WireGuard costs about the same as their public IP add-on and is more flexible.", ctx=("cgnat",)),
            T("Honestly, 150 RUB for a public IP is cheaper than your time.", ctx=("cgnat",)),
            T("Their ZTE box is fine as a bridge, but yes, it runs hot. Put it somewhere with airflow.", ctx=("own",)),
            T("You can also ask support to reset the binding instead of cloning, takes five minutes on the phone.", ctx=("mac",)),
        ],
        "support": [
            T("{hello} Any router works on our network. If you replace ours, message us and we'll reset the MAC binding on your port.", ctx=("own", "mac")),
            T("{hello} IPv6 is being rolled out district by district; yours is planned for next year.", ctx=("ipv6",)),
        ],
        "followup": [
            T("Plugged it in, set WAN to DHCP, works. Thanks!", ctx=("own",), o="fixed"),
            T("VLAN 100 did it, no more stutter.", ctx=("iptv",), o="fixed"),
            T("Went with WireGuard on a VPS, works great.", ctx=("cgnat",)),
            T("Got a mesh kit, the kitchen finally has Wi-Fi.", ctx=("coverage",)),
        ],
    },
    "support": {
        "root": [
            T("Spent 90 minutes on hold with LinkTelecom support today. The hold music is now permanently in my head.", about="hold"),
            T("LinkTelecom support closed my ticket as 'resolved' without fixing anything. Ticket {ticket}.", about="ticket"),
            T("Tip for expats: LinkTelecom's phone support is Russian-only, but their VK chat answers in English if you ask nicely.", about="tip_vk"),
            T("The LinkTelecom chatbot suggested I reboot my router four times in one conversation. I admire the consistency.", about="bot"),
            T("Waited in for a LinkTelecom technician all day. Nobody came, nobody called.", about="visit"),
        ],
        "metoo": [
            T("My ticket was also 'resolved' without anyone calling me.", ctx=("ticket",)),
            T("Hold times have been terrible lately.", ctx=("hold", "bot")),
            T("Can confirm, their VK chat replied in English within 15 minutes.", ctx=("tip_vk",)),
            T("Same thing happened to me last week.", ctx=("visit",)),
        ],
        "advice": [
            T("Write to them on VK instead. Real people, faster answers.", ctx=("hold", "ticket", "bot")),
            T("Ask for the senior shift lead, it usually speeds things up.", ctx=("hold", "ticket")),
            T("Type 'operator' to the bot, it hands you over to a human.", ctx=("bot",)),
            T("Ask for the slot to be confirmed by SMS, otherwise it isn't really booked.", ctx=("visit",)),
        ],
        "support": [
            T("{hello} Sorry for the wait. Please DM us your contract number and we'll escalate ticket {ticket} today. — LinkTelecom support", ctx=("hold", "ticket")),
            T("{hello} We've reopened your ticket; an engineer will call you within 24 hours.", ctx=("ticket",)),
            T("{hello} We're sorry. We've rebooked the visit for tomorrow morning and the technician will call ahead. Ticket {ticket}.", ctx=("visit",)),
        ],
        "followup": [
            T("An engineer called an hour later. Funny how posting publicly works.", ctx=("hold", "ticket")),
            T("Still waiting. Will update.", ctx=("hold", "ticket")),
            T("The technician came today and fixed it in twenty minutes.", ctx=("visit",), o="fixed"),
        ],
    },
    "praise": {
        "root": [
            T("Credit where it's due: a LinkTelecom tech showed up the same day, replaced a bad connector, and my speeds are back to normal.", about="visit"),
            T("Two years with LinkTelecom in {city_en}. Reliable, cheap by EU standards, and support actually speaks some English.", about="reliability"),
            T("Moved flats and LinkTelecom transferred my contract in one day. Smoothest ISP experience I've had in Russia.", about="install"),
            T("Just got LinkTelecom's gigabit plan. 930 Mbps down on a wired test. Not bad for 990 RUB a month.", when="after_giga", about="speed"),
            T("LinkTelecom refunded the double charge two days early. Small thing, but appreciated.", when="double_refund", about="refund"),
            T("Shout-out to LinkTelecom's VK support: sorted my ticket in English at 11 pm on a Sunday.", about="chat"),
        ],
        "metoo": [
            T("Good to hear! My experience has been similar."),
            T("Glad it's not all bad news about them :)"),
            T("Agreed, they've been solid for me too.", ctx=("reliability", "visit", "install", "speed", "chat")),
        ],
        "support": [
            T("{hello} Thank you, we'll pass this on to the team!"),
        ],
    },
    "question": {
        "root": [
            T("Moving to {city_en} for work. Which ISP do locals recommend, LinkTelecom or VolnaNet?", about="choose", tags=["question", "competitor", "lead"]),
            T("Does LinkTelecom offer short contracts? I'm only staying for six months.", about="contract"),
            T("Can I pay LinkTelecom with a foreign card, or do I need a Russian bank account?", about="payment"),
            T("Is LinkTelecom's TV package worth it for an English speaker, or should I just get internet only?", about="tv"),
            T("Any LinkTelecom customers in Akademichesky? How are evening speeds in the new buildings?", about="area"),
        ],
        "advice": [
            T("LinkTelecom, easily. VolnaNet is cheaper but their support is a nightmare.", ctx=("choose",)),
            T("Depends on the building. Check both coverage maps before deciding.", ctx=("choose",)),
            T("Monthly contracts are fine, there's no minimum term unless you take a promo.", ctx=("contract",)),
            T("Foreign cards won't work. Pay cash at a terminal or ask a friend to pay from a local app.", ctx=("payment",)),
            T("Their app only takes Russian cards, so open a local account if you're staying a while.", ctx=("payment",)),
            T("Internet only. The TV is all in Russian anyway, and streaming apps work on any Android TV.", ctx=("tv",)),
            T("Fine in our building, 400+ most evenings.", ctx=("area",)),
            T("Depends on the block. The newest ones are on a different node and much better.", ctx=("area",)),
        ],
        "followup": [
            T("Thanks everyone, going with LinkTelecom.", ctx=("choose",)),
            T("Super helpful, thank you!", ctx=("contract", "payment", "tv")),
            T("Good to know, thanks.", ctx=("area",)),
        ],
    },
    "competitor": {
        "root": [
            T("Switched from LinkTelecom to VolnaNet for the promo price. Speeds are similar, support is noticeably worse.", about="switched"),
            T("VolnaNet is offering 500 Mbps for 690 RUB to poach LinkTelecom customers in our building. Competition is good for once.", when="price_known", about="promo"),
            T("Comparing LinkTelecom and VolnaNet after the price hike: VolnaNet wins on price, LinkTelecom on stability.", when="price_known", about="compare"),
            T("A VolnaNet sales guy told me LinkTelecom is 'leaving the district'. Sounds like nonsense. Anyone know?", about="rumor"),
        ],
        "advice": [
            T("VolnaNet's promo price jumps after six months, read the fine print.", ctx=("switched", "promo", "compare")),
            T("Stability matters more to me than a hundred rubles a month.", ctx=("promo", "compare")),
            T("I tried VolnaNet for a month and came back. Evening speeds were worse.", ctx=("switched", "promo", "compare")),
            T("Nonsense. LinkTelecom upgraded the equipment in our building last month.", ctx=("rumor",)),
        ],
        "support": [
            T("{hello} We're not going anywhere :) We're actually upgrading equipment across the district this year.", ctx=("rumor",)),
        ],
    },
}

TITLES = {
    "ru": {
        "outage": ["Нет интернета {district}", "Авария у Линк-Телекома?", "Снова отключения", "Линк-Телеком: нет связи"],
        "billing": ["Вопрос по списаниям", "Странные списания в счёте", "Вопрос по оплате"],
        "tariff": ["Повышение цен с 1 ноября", "Изменение тарифов Линк-Телекома", "Новые цены — что делать?"],
        "speed": ["Низкая скорость по вечерам", "Скорость не соответствует тарифу", "Проблемы со скоростью"],
        "router": ["Настройка роутера под Линк-Телеком", "Вопрос по роутеру", "Вопрос по домашней сети"],
        "support": ["О работе поддержки", "Поддержка Линк-Телекома", "Про службу поддержки"],
        "praise": ["Спасибо поддержке", "Положительный отзыв", "Отзыв о Линк-Телекоме"],
        "question": ["Нужен совет", "Вопрос к абонентам Линк-Телекома", "Подскажите, пожалуйста"],
        "tv": ["Проблемы с ТВ", "Приставка и ТВ от Линк-Телекома", "Вопрос по ТВ"],
        "competitor": ["Линк-Телеком или ВолнаНет?", "Кто переходил на ВолнаНет?", "Сравнение провайдеров"],
    },
    "en": {
        "outage": ["LinkTelecom down in {city_en}?", "Another LinkTelecom outage", "Internet down again"],
        "billing": ["LinkTelecom billing question", "Billing problems with LinkTelecom", "Unexpected charges on my ISP bill"],
        "tariff": ["LinkTelecom price increase", "ISP raising prices again"],
        "speed": ["LinkTelecom speed and latency issues", "ISP performance problems"],
        "router": ["Home network on LinkTelecom (Russia)", "Router setup with a Russian ISP"],
        "support": ["LinkTelecom support experience", "Dealing with LinkTelecom support"],
        "praise": ["Good experience with LinkTelecom", "Positive ISP story for once"],
        "question": ["ISP questions for a newcomer", "Question about LinkTelecom"],
        "competitor": ["LinkTelecom vs VolnaNet", "Switching ISPs"],
    },
}

# Official posts on the provider's Telegram channel, some also on its VK wall,
# with the comments they attract there. "answers" are the provider's replies:
# (comment answered, answer).
ANNOUNCEMENTS = [
    {"at": "2026-09-29 10:00", "key": "giga",
     "text": "Запустили новый тариф «Гига 1000»: гигабит по кабелю, роутер с Wi-Fi 6 в аренду за 1 ₽ и 200 каналов ТВ. Подключение бесплатно до конца октября.",
     "tg": ["А для старых абонентов переход бесплатный?", "Роутер за 1 ₽ — это в аренду или насовсем?",
            "Гигабит — это хорошо, но сначала бы вечером 500 честных давали.", T("Перешёл вчера, замерил 920 по кабелю. Годно.", g="m")],
     "tg_answer": ("Роутер за 1 ₽ — это в аренду или насовсем?",
                   "Роутер выдаётся в аренду за 1 ₽ в месяц на всё время действия тарифа. Переход для действующих абонентов бесплатный.")},
    {"at": "2026-10-01 10:00", "key": "price",
     "text": "С 1 ноября меняется стоимость тарифов «Домашний 300» и «Домашний 500». Подробности и условия сохранения цены — в личном кабинете и на сайте. Абонентам, которые с нами больше трёх лет, предлагаем перейти на «Гигу 1000» по цене прежнего тарифа.",
     "tg": ["Ну началось.", "На сколько подорожает-то? Лень лезть в личный кабинет.",
            "Три года со мной — это сколько? Я с 2019-го, мне положено?", T("Ушёл к ВолнаНету, спасибо за повод.", g="m"),
            "Хотя бы честно предупредили за месяц, уже неплохо."],
     "tg_answer": ("Три года со мной — это сколько? Я с 2019-го, мне положено?",
                   "Да, положено. Напишите в чат приложения — переведём на «Гигу 1000» по цене вашего тарифа."),
     "vk": ["Опять? В прошлом году же поднимали.", T("Я с вами с 2016 года, позвонил — перевели на «Гигу» без вопросов. Так что работает.", g="m"),
            "А «Только ТВ» тоже подорожает?", "Понятно. Пойду смотреть, что там у ВолнаНета."],
     "vk_answer": ("А «Только ТВ» тоже подорожает?", "Нет, стоимость тарифа «Только ТВ» не меняется.")},
    {"at": "2026-10-12 12:00", "key": "tv",
     "text": "С 19 октября канал «Матч ТВ» переезжает из базового пакета в пакет «Спорт+». Понимаем, что для многих это неприятная новость, поэтому первый месяц пакета — бесплатно.",
     "tg": ["Месяц бесплатно, а потом 299 ₽ сверху. Спасибо, конечно.", "Папа будет в восторге. Нет.",
            "А базовый пакет подешевеет? Нет? Я так и думал."]},
    {"at": "2026-10-27 15:00", "key": "app",
     "text": "Обновили мобильное приложение: теперь можно перенести платёж, заморозить договор на время отпуска и вызвать мастера прямо из чата.",
     "tg": ["Наконец-то заморозка в приложении!", T("Обновил — вылетает на Android 9 при входе.", g="m"),
            "Тёмную тему бы ещё.", T("Вызов мастера из чата — огонь, проверил сегодня.", g="m")],
     "tg_answer": ("Обновил — вылетает на Android 9 при входе.",
                   "Спасибо, воспроизвели. Исправление выйдет в ближайшем обновлении, а пока можно пользоваться веб-версией личного кабинета.")},
    {"at": "2026-11-01 16:20", "key": "double",
     "text": "Мы знаем о проблеме с двойным списанием абонентской платы 1 ноября. Ошибка платёжного шлюза уже исправлена, лишние суммы вернутся на баланс в течение трёх рабочих дней. Приносим извинения.",
     "tg": ["А на карту вернёте или только на баланс?", "Хорошо, что хоть признали. В чате мне полчаса доказывали, что это аванс.",
            "У меня сняли дважды, а потом ещё и отключили за неуплату. Как так?", "Вернули уже, спасибо."],
     "tg_answer": ("А на карту вернёте или только на баланс?",
                   "Деньги возвращаются на баланс. Если нужен возврат на карту, оставьте заявку в приложении в разделе «Платежи»."),
     "vk": ["Подтверждаю, сняли дважды. Хорошо, что хоть написали.", "Три рабочих дня — это до четверга или до пятницы?",
            T("Мне уже вернули, проверил баланс.", g="m"), "А если из-за этого ушёл в минус и отключили?"],
     "vk_answer": ("А если из-за этого ушёл в минус и отключили?",
                   "Напишите нам в личные сообщения номер договора — включим доступ сразу, не дожидаясь возврата.")},
    {"at": "2026-11-12 18:55", "key": "outage",
     "text": "⚠️ На Уралмаше, Эльмаше и в части Пионерского ведутся аварийные работы на магистральной линии. Часть абонентов без интернета и ТВ. Ориентировочное время восстановления — до 23:00. Приносим извинения.",
     "tg": ["Наконец-то хоть какая-то информация, а то в приложении «проблем нет».", "До 23:00 — это точно? Мне завтра к восьми отчёт сдавать.",
            "Горячая линия не отвечает вообще.", T("Экскаватор на Машиностроителей видел своими глазами, если что.", g="m"),
            "А резервного канала у вас нет, что ли?"],
     "tg_answer": ("А резервного канала у вас нет, что ли?",
                   "Резервный канал есть, но повреждены обе линии. Бригады работают, информацию будем обновлять здесь."),
     "vk": ["Уралмаш, Кировградская — пусто.", "Спасибо, что хоть тут написали. В приложении до сих пор «всё хорошо».",
            "До 23:00 — это оптимистично, судя по яме на Машиностроителей.", "У нас на Эльмаше тоже лежит, если что."],
     "vk_answer": ("Спасибо, что хоть тут написали. В приложении до сих пор «всё хорошо».",
                   "Статус аварии в приложении уже обновили, спасибо, что обратили внимание.")},
    {"at": "2026-11-12 20:30", "key": "load",
     "text": "Служба поддержки работает в усиленном режиме. Сейчас среднее время ожидания в чате — около 35 минут, по телефону дольше. Спасибо за терпение.",
     "tg": ["35 минут? Я уже час в очереди.", "В ВК ответили за 10 минут, пишите туда."]},
    {"at": "2026-11-13 01:10", "key": "restored",
     "text": "✅ Связь на Уралмаше, Эльмаше и в Пионерском полностью восстановлена. Если интернет так и не появился, перезагрузите роутер и напишите нам в чат поддержки.",
     "tg": ["Появилось, спасибо ребятам, которые ночью в яме работают.", T("У меня всё ещё нет. Роутер перезагружал.", g="m"),
            "До 23:00, говорили они…"],
     "tg_answer": ("У меня всё ещё нет. Роутер перезагружал.",
                   "Напишите, пожалуйста, номер договора в чат поддержки — проверим вашу линию.")},
    {"at": "2026-11-14 12:00", "key": "postmortem",
     "text": "Итоги аварии 12 ноября: подрядчик при дорожных работах на Машиностроителей повредил магистральный кабель, а вместе с ним и резервный, проложенный в той же кабельной канализации. Всем пострадавшим абонентам начислим компенсацию — три дня бесплатного интернета, заявку оставлять не нужно. Резервную трассу переносим в отдельную канализацию до конца года.",
     "tg": ["Спасибо за честный разбор.", "Резерв в той же трубе — это сильно, конечно.",
            "Три дня за шесть часов без связи — справедливо.", "А компенсация всем или только Уралмашу?"],
     "tg_answer": ("А компенсация всем или только Уралмашу?",
                   "Компенсация начисляется всем абонентам, у которых была авария 12 ноября, — Уралмаш, Эльмаш и часть Пионерского."),
     "vk": ["Спасибо, что объяснили, а не отмолчались.", "Три дня — нормально. Главное, чтобы резерв правда перенесли.",
            "А тем, кто в Пионерском, тоже начислят?"],
     "vk_answer": ("А тем, кто в Пионерском, тоже начислят?", "Да, всем абонентам в зоне аварии, включая Пионерский.")},
    {"at": "2026-11-18 17:00", "key": "maintenance",
     "text": "Плановые работы: в ночь с 20 на 21 ноября с 02:00 до 05:00 обновляем оборудование на ВИЗе и Сортировке. Возможны кратковременные перерывы связи.",
     "tg": ["Спасибо, что предупредили заранее.", "А можно такие работы не в ночь на субботу? Я как раз ночью играю 😅"]},
]

# Posts of an industry news channel on Telegram: (time, tags, text, a reader's comment).
INSIDER_POSTS = [
    ("2026-10-03 13:10", ["pricing"], "Уральские провайдеры один за другим пересматривают цены: после «Линк-Телекома» о повышении с декабря объявили ещё двое игроков поменьше. ВолнаНет пока держит 690 ₽ и активно использует это в рекламе.", None),
    ("2026-10-21 18:45", ["competitor"], "ВолнаНет, по нашим данным, за октябрь подключил больше трёх тысяч абонентов в Екатеринбурге — в основном в новостройках, где раньше был только Линк-Телеком. Демпинг или новая норма?",
     "ВолнаНет сначала демпингует, потом поднимает. Проходили."),
    ("2026-11-13 10:20", ["problem/outage"], "Авария у Линк-Телекома на Уралмаше: по нашим источникам, резервная линия шла в той же кабельной канализации, что и основная. Классика жанра. Компания обещает разбор инцидента.",
     "Резерв в той же трубе — это не резерв, это самоуспокоение."),
    ("2026-11-20 11:30", ["problem/support"], "Линк-Телеком открыл вакансии в поддержку — сразу 30 операторов. После ноябрьской аварии время ожидания на линии доходило до полутора часов, видимо, выводы сделаны.",
     "Давно пора, в поддержку реально не дозвониться."),
]

# Blog posts and news articles (feeds). Times are local to each publication.
ARTICLES = [
    {"src": "fd_habr", "at": "2026-10-22 11:40", "tz": MSK, "id": "871402",
     "url": "https://habr.com/ru/articles/871402/", "author": "vnkrv", "author_url": "https://habr.com/ru/users/vnkrv/",
     "title": "Белый IP не нужен: как я достучался до домашнего сервера из-за CGNAT провайдера", "tags": [],
     "paras": [
         "Мой провайдер, Линк-Телеком, пару лет назад тихо перевёл абонентов на серые адреса. Для большинства ничего не изменилось, а у меня перестали открываться из интернета домашний Nextcloud и камеры на даче.",
         "Белый IP у провайдера стоит 150 ₽ в месяц, и это, честно говоря, не так уж дорого. Но мне было интересно сделать иначе: поднять WireGuard на самом дешёвом VPS и пробросить нужные порты через туннель.",
         "Ниже — конфигурация, грабли с MTU (у Линк-Телекома IPoE, поэтому снаружи MTU стандартный, но внутри туннеля пришлось уменьшить до 1380) и замеры: задержка выросла на 6–8 мс, скорость упирается в канал VPS.",
         "Итог: если вам нужен один-два сервиса, туннель удобнее. Если дома крутится что-то серьёзное, проще заплатить провайдеру за белый адрес."]},
    {"src": "fd_habr", "at": "2026-11-16 10:30", "tz": MSK, "id": "874118",
     "url": "https://habr.com/ru/companies/linktelecom/articles/874118/", "author": "a_zorin", "author_url": "https://habr.com/ru/users/a_zorin/",
     "title": "Разбор аварии 12 ноября: как один экскаватор отключил 14 тысяч абонентов", "tags": ["problem/outage"],
     "paras": [
         "12 ноября в 18:37 мы потеряли сразу две магистральные линии на участке между узлами «Уралмаш» и «Эльмаш». Подрядчик, который менял бордюры на улице Машиностроителей, зацепил ковшом кабельную канализацию, и вместе с основной трассой ушла резервная — как выяснилось, проложенная в той же трубе.",
         "Расскажу, что происходило дальше: как мы переключали трафик, почему первые 40 минут абоненты видели в приложении «проблем не обнаружено» и почему горячая линия не справилась с нагрузкой.",
         "Главные выводы: резерв в одной трубе с основной трассой — это не резерв; статус аварии должен появляться в приложении автоматически, а не после ручного подтверждения дежурного; компенсацию проще начислить всем, чем заставлять людей писать заявки. Всем пострадавшим абонентам Линк-Телекома мы начислили три дня бесплатного интернета.",
         "В следующей статье покажем, как перестраиваем кольцо на севере города, чтобы эта история не повторилась."]},
    {"src": "fd_lj", "at": "2026-10-09 22:15", "tz": EKB, "id": "245871",
     "url": "https://dmitry-seleznev.livejournal.com/245871.html", "author": "Дмитрий Селезнёв", "author_url": "https://dmitry-seleznev.livejournal.com/",
     "title": "Почему я всё ещё с Линк-Телекомом", "tags": ["competitor"],
     "paras": [
         "Раз в год я сажусь и честно сравниваю провайдеров, которые есть в нашем доме. В этом году их три: Линк-Телеком, ВолнаНет и кабельщики из соседнего квартала, у которых до сих пор медь.",
         "ВолнаНет дешевле: 690 против 890 рублей после ноябрьского повышения. Но у ВолнаНета нет резервного канала до нашего района — когда в августе у них порвали кабель, соседи сидели без интернета двое суток.",
         "У Линк-Телекома за пять лет было две серьёзные аварии и одно феерическое общение с поддержкой. Зато скорость по кабелю стабильно держится около заявленной, а мастер приходит в течение дня.",
         "Так что пока остаюсь. Двести рублей в месяц — это цена того, что мне не придётся объяснять заказчику, почему я пропал со связи."]},
    {"src": "fd_lj", "at": "2026-11-03 21:40", "tz": EKB, "id": "246307",
     "url": "https://dmitry-seleznev.livejournal.com/246307.html", "author": "Дмитрий Селезнёв", "author_url": "https://dmitry-seleznev.livejournal.com/",
     "title": "Двойное списание и немного бухгалтерии", "tags": ["problem/billing"],
     "paras": [
         "Первого ноября Линк-Телеком списал с моей карты абонентскую плату дважды. Ну, бывает. Удивительно другое: в чате поддержки мне минут двадцать доказывали, что второе списание — это «авансовый платёж на декабрь».",
         "Вечером в телеграм-канале провайдера появилось сообщение о сбое платёжного шлюза и обещание вернуть деньги за три рабочих дня. То есть сотрудники поддержки узнали о проблеме из того же канала, что и мы.",
         "Деньги, к слову, вернулись на баланс уже сегодня. А вот осадочек — нет."]},
    {"src": "fd_lj", "at": "2026-11-21 19:05", "tz": EKB, "id": "246950",
     "url": "https://dmitry-seleznev.livejournal.com/246950.html", "author": "Дмитрий Селезнёв", "author_url": "https://dmitry-seleznev.livejournal.com/",
     "title": "Мастер пришёл", "tags": ["praise"],
     "paras": [
         "Для истории: позвонил в Линк-Телеком в девять утра, потому что после аварии у меня так и не вернулась нормальная скорость. В час дня мастер уже стоял на пороге.",
         "Нашёл окислившийся коннектор в щитке на этаже, переобжал, заодно посмотрел мой роутер и посоветовал сменить канал Wi-Fi. Денег не взял, от чая отказался.",
         "Ругать провайдеров мы все умеем, так что пусть здесь будет и такая запись."]},
    {"src": "fd_vestnik", "at": "2026-10-02 12:40", "tz": EKB, "id": "https://ekb-vestnik.ru/news/2026/10/02/linktelecom-povyshaet-ceny/",
     "url": "https://ekb-vestnik.ru/news/2026/10/02/linktelecom-povyshaet-ceny/", "author": "Павел Сафронов", "author_url": "https://ekb-vestnik.ru/authors/safronov/",
     "title": "«Линк-Телеком» повышает цены на домашний интернет", "tags": ["pricing"],
     "paras": [
         "С 1 ноября один из крупнейших интернет-провайдеров Урала «Линк-Телеком» поднимает абонентскую плату по популярным тарифам. «Домашний 500» подорожает с 750 до 890 рублей в месяц, «Домашний 300» — с 590 до 690 рублей.",
         "В компании объясняют повышение ростом стоимости оборудования и аренды магистральных каналов. Абонентам, которые пользуются услугами провайдера больше трёх лет, предлагают перейти на тариф «Гига 1000» по цене прежнего тарифа.",
         "Это уже второе повышение цен у «Линк-Телекома» за полтора года. Конкурент, компания «ВолнаНет», пока сохраняет цены и продолжает акцию «500 Мбит/с за 690 рублей» для новых абонентов."]},
    {"src": "fd_vestnik", "at": "2026-10-20 16:05", "tz": EKB, "id": "https://ekb-vestnik.ru/news/2026/10/20/volnanet-akademicheskiy/",
     "url": "https://ekb-vestnik.ru/news/2026/10/20/volnanet-akademicheskiy/", "author": "Анастасия Воронина", "author_url": "https://ekb-vestnik.ru/authors/voronina/",
     "title": "«ВолнаНет» заходит в новостройки Академического", "tags": ["competitor"],
     "paras": [
         "Провайдер «ВолнаНет» объявил о подключении 40 новых домов в Академическом районе. До сих пор большинство новостроек района обслуживал «Линк-Телеком».",
         "«ВолнаНет» предлагает бесплатное подключение и полгода интернета по сниженной цене. Эксперты отмечают, что конкуренция пойдёт жителям на пользу: после прихода второго провайдера цены в районе обычно снижаются.",
         "В «Линк-Телекоме» заявили, что не планируют уходить из района и готовят собственные предложения для жителей новостроек."]},
    {"src": "fd_vestnik", "at": "2026-11-12 21:15", "tz": EKB, "id": "https://ekb-vestnik.ru/news/2026/11/12/uralmash-bez-interneta/",
     "url": "https://ekb-vestnik.ru/news/2026/11/12/uralmash-bez-interneta/", "author": "Анастасия Воронина", "author_url": "https://ekb-vestnik.ru/authors/voronina/",
     "title": "На Уралмаше тысячи абонентов остались без интернета", "tags": ["problem/outage"],
     "paras": [
         "Вечером 12 ноября жители Уралмаша, Эльмаша и части Пионерского остались без домашнего интернета и цифрового телевидения. Как сообщили в компании «Линк-Телеком», во время дорожных работ на улице Машиностроителей был повреждён магистральный кабель.",
         "По данным провайдера, без связи остались около 14 тысяч абонентов. Аварийные бригады работают на месте, восстановить связь обещают до полуночи.",
         "Читатели «Вестника» жалуются, что дозвониться на горячую линию невозможно, а в мобильном приложении провайдера до последнего отображалось сообщение «проблем не обнаружено».",
         "Подрядчик, который проводил работы, от комментариев пока отказался."]},
    {"src": "fd_ebn", "at": "2026-10-02 09:00", "tz": CEST, "id": "https://eurasia-broadband.news/2026/10/urals-isp-linktelecom-raises-prices/",
     "url": "https://eurasia-broadband.news/2026/10/urals-isp-linktelecom-raises-prices/", "author": "Marta Nowak", "author_url": "https://eurasia-broadband.news/author/marta-nowak/",
     "title": "Urals ISP LinkTelecom raises broadband prices by up to 18%", "tags": ["pricing"],
     "paras": [
         "LinkTelecom, one of the largest regional broadband providers in Russia's Urals, will raise monthly fees on its most popular plans from November 1. The Home 500 plan goes from 750 to 890 rubles, while Home 300 rises from 590 to 690 rubles.",
         "The company cites higher equipment and backbone lease costs. Subscribers with more than three years' tenure are being offered the gigabit Giga 1000 plan at their old price.",
         "Rival VolnaNet has so far kept its promotional 690-ruble price for 500 Mbps and is expected to use the increase in its marketing in Yekaterinburg's new-build districts."]},
    {"src": "fd_ebn", "at": "2026-10-21 11:00", "tz": CEST, "id": "https://eurasia-broadband.news/2026/10/volnanet-undercuts-urals-incumbents/",
     "url": "https://eurasia-broadband.news/2026/10/volnanet-undercuts-urals-incumbents/", "author": "Marta Nowak", "author_url": "https://eurasia-broadband.news/author/marta-nowak/",
     "title": "VolnaNet undercuts Urals incumbents with 690-ruble promo", "tags": ["competitor"],
     "paras": [
         "Yekaterinburg-based VolnaNet says it connected more than 3,000 new subscribers in October, mostly in new-build districts previously served only by LinkTelecom.",
         "The challenger offers free installation and 500 Mbps for 690 rubles for the first six months, after which the price rises to 850 rubles. Analysts say the promotion is aimed squarely at LinkTelecom customers unhappy with the incumbent's November price increase."]},
    {"src": "fd_ebn", "at": "2026-11-13 08:30", "tz": CET, "id": "https://eurasia-broadband.news/2026/11/fibre-cut-yekaterinburg-linktelecom/",
     "url": "https://eurasia-broadband.news/2026/11/fibre-cut-yekaterinburg-linktelecom/", "author": "Jonas Berg", "author_url": "https://eurasia-broadband.news/author/jonas-berg/",
     "title": "Fibre cut leaves around 14,000 offline in Yekaterinburg", "tags": ["problem/outage"],
     "paras": [
         "A contractor damaged two backbone cables belonging to regional ISP LinkTelecom during roadworks in Yekaterinburg's Uralmash district on the evening of November 12, leaving around 14,000 households without internet or IPTV for up to six hours.",
         "According to the company, the backup route ran through the same duct as the primary line. Service was restored shortly after 1 a.m. local time.",
         "LinkTelecom said affected customers will automatically receive three days of free service. Customers complained of long hold times and of an app status page that reported no problems for the first 40 minutes."]},
    {"src": "fd_kate", "at": "2026-10-05 19:20", "tz": EKB, "id": "https://kate-in-yekat.net/2026/10/05/home-internet-as-a-foreigner/",
     "url": "https://kate-in-yekat.net/2026/10/05/home-internet-as-a-foreigner/", "author": "Kate Morrison", "author_url": "https://kate-in-yekat.net/about/",
     "title": "Getting home internet in Yekaterinburg as a foreigner", "tags": ["question"],
     "paras": [
         "When I moved here in spring, setting up internet was the task I dreaded most. It turned out to be the easiest part of the move. Mostly.",
         "I went with LinkTelecom because two colleagues recommended it and because their VK chat answered my questions in English. The technician came two days after I applied, ran a cable from the stairwell and set up the router in about forty minutes.",
         "The catches: you need a Russian phone number, foreign bank cards don't work for payments, and the contract and the app are Russian-only. I pay at a terminal in the supermarket downstairs, which feels very 2009 but works.",
         "Speeds have been fine, around 450 Mbps wired on the 500 plan. The price is going up in November, though, so I'll be watching what VolnaNet does in our building."]},
    {"src": "fd_kate", "at": "2026-11-13 11:05", "tz": EKB, "id": "https://kate-in-yekat.net/2026/11/13/the-great-outage/",
     "url": "https://kate-in-yekat.net/2026/11/13/the-great-outage/", "author": "Kate Morrison", "author_url": "https://kate-in-yekat.net/about/",
     "title": "The great outage of November 12th", "tags": ["problem/outage"],
     "paras": [
         "Last night at about 6:40 pm my internet died mid-call. So did the TV, the smart speaker and, apparently, the whole of Uralmash.",
         "Our building chat lit up within minutes. LinkTelecom's hotline was busy, the app said everything was fine, and someone's uncle reported seeing an excavator on Mashinostroiteley Street. The uncle was right.",
         "The official Telegram channel posted an update around 7 pm and service came back just after 1 am. Six hours offline isn't a disaster, but it's a good reminder to keep some mobile data in reserve when you work from home."]},
]

# --------------------------------------------------------------------------
# Sources and people
# --------------------------------------------------------------------------

SOURCES = {
    "vk_official": {"platform": "vk", "source": "vk.com/linktelecom", "title": "Линк-Телеком — официальная группа",
                    "owner": 48213977, "start": 18400, "rate": 2.5, "tz": EKB},
    "vk_uralmash": {"platform": "vk", "source": "vk.com/podslushano_uralmash", "title": "Подслушано Уралмаш",
                    "owner": 91833204, "start": 95200, "rate": 6.0, "tz": EKB, "city": "ekb", "district": 0},
    "vk_reviews": {"platform": "vk", "source": "vk.com/ekb_internet_otzyvy", "title": "Интернет-провайдеры Екатеринбурга: отзывы",
                   "owner": 170552081, "start": 6100, "rate": 0.6, "tz": EKB, "city": "ekb"},
    "vk_perm": {"platform": "vk", "source": "vk.com/perm_zhaloby", "title": "Пермь | Жалобы и предложения",
                "owner": 133908115, "start": 41300, "rate": 3.0, "tz": EKB, "city": "perm"},
    "tg_news": {"platform": "telegram", "source": "t.me/linktelecom_news", "title": "Линк-Телеком | Новости",
                "chat": "linktelecom_news", "start": 790, "comment_start": 45210, "rate": 25.0, "tz": EKB, "channel": True},
    "tg_insider": {"platform": "telegram", "source": "t.me/telecom_insider_ru", "title": "Телеком-инсайдер",
                   "chat": "telecom_insider_ru", "start": 2210, "comment_start": 98100, "rate": 10.0, "tz": MSK, "channel": True},
    "tg_it": {"platform": "telegram", "source": "t.me/ekb_it_chat", "title": "ЕКБ IT-чат",
              "chat": "ekb_it_chat", "start": 482000, "rate": 45.0, "tz": EKB, "city": "ekb"},
    "tg_uralmash": {"platform": "telegram", "source": "t.me/sosedi_uralmash", "title": "Соседи Уралмаша",
                    "chat": "sosedi_uralmash", "start": 130500, "rate": 20.0, "tz": EKB, "city": "ekb", "district": 0},
    "tg_expats": {"platform": "telegram", "source": "t.me/ekb_expats", "title": "Yekaterinburg Expats",
                  "chat": "ekb_expats", "start": 21800, "rate": 4.0, "tz": EKB, "city": "ekb"},
    "masto": {"platform": "mastodon", "source": "mastodon.social/tags/linktelecom", "title": "#linktelecom · mastodon.social",
              "tz": UTC},
    "rd_ekb": {"platform": "reddit", "source": "reddit.com/r/Yekaterinburg", "title": "r/Yekaterinburg",
               "sub": "Yekaterinburg", "tz": UTC, "city": "ekb"},
    "rd_home": {"platform": "reddit", "source": "reddit.com/r/HomeNetworking", "title": "r/HomeNetworking",
                "sub": "HomeNetworking", "tz": UTC},
    "rd_isp": {"platform": "reddit", "source": "reddit.com/r/ISP", "title": "r/ISP", "sub": "ISP", "tz": UTC},
    "dc_comm": {"platform": "discourse", "source": "community.linktelecom.ru", "title": "Сообщество абонентов Линк-Телеком",
                "host": "community.linktelecom.ru", "topic_start": 3120, "post_start": 41800, "tz": UTC},
    "dc_routers": {"platform": "discourse", "source": "talk.homerouters.net", "title": "HomeRouters Forum",
                   "host": "talk.homerouters.net", "topic_start": 18840, "post_start": 265400, "tz": UTC},
    "fd_habr": {"platform": "feed", "source": "habr.com/ru/hubs/telecom/articles", "title": "Хабр: Телекоммуникации", "lang": "ru"},
    "fd_lj": {"platform": "feed", "source": "dmitry-seleznev.livejournal.com", "title": "Записки уральского инженера", "lang": "ru"},
    "fd_vestnik": {"platform": "feed", "source": "ekb-vestnik.ru", "title": "Екатеринбургский вестник — новости", "lang": "ru"},
    "fd_ebn": {"platform": "feed", "source": "eurasia-broadband.news", "title": "Eurasia Broadband News", "lang": "en"},
    "fd_kate": {"platform": "feed", "source": "kate-in-yekat.net", "title": "Kate in Yekat", "lang": "en"},
}

# (name, gender, weight, role). Roles: "critic" posts complaints more often,
# "fan" posts praise more often.
VK_PEOPLE = [
    ("Иван Петров", "m", 3, None), ("Сергей Малахов", "m", 7, "critic"), ("Ольга Зимина", "f", 5, "fan"),
    ("Анна Крылова", "f", 2, None), ("Дмитрий Соколов", "m", 2, None), ("Екатерина Власова", "f", 2, None),
    ("Алексей Гущин", "m", 3, "critic"), ("Наталья Берёзкина", "f", 2, None), ("Михаил Ершов", "m", 1, None),
    ("Юлия Тарасова", "f", 2, None), ("Артём Фёдоров", "m", 2, None), ("Виктория Лапина", "f", 1, None),
    ("Павел Кузьмин", "m", 1, None), ("Елена Носкова", "f", 2, None), ("Роман Шестаков", "m", 1, None),
    ("Светлана Ковалёва", "f", 2, "fan"), ("Константин Рябов", "m", 1, None), ("Марина Огнева", "f", 1, None),
    ("Денис Кравец", "m", 1, None), ("Людмила Панова", "f", 2, None), ("Игорь Семёнов", "m", 1, None),
    ("Татьяна Мельникова", "f", 1, None), ("Владимир Горбунов", "m", 1, None), ("Ксения Чернова", "f", 1, None),
    ("Андрей Лыков", "m", 1, None), ("Галина Ершова", "f", 1, None), ("Никита Зуев", "m", 1, None),
]
# (display name, username or None, gender, weight, role)
TG_PEOPLE_RU = [
    ("Кирилл", "kirill_neon", "m", 3, None), ("Сергей Малахов", "smalakhov", "m", 4, "critic"),
    ("Макс", "max_ekb", "m", 2, None), ("Алёна", "alena_v", "f", 2, None), ("Дима Белов", "dbelov", "m", 2, None),
    ("Виталий", None, "m", 1, None), ("Рустам", "rustam_it", "m", 2, None), ("Лена", "lenochka_uralmash", "f", 2, None),
    ("Пётр Иванович", None, "m", 1, None), ("Никита", "nikita_dev", "m", 2, None),
    ("Галина Сергеевна", None, "f", 1, None), ("Аня", "anya_k", "f", 2, None), ("Егор", "egor_sre", "m", 2, None),
    ("Ильдар", "ildar_s", "m", 1, None), ("Ольга З.", "olga_zim", "f", 2, "fan"), ("Марина", "marina_ekb", "f", 1, None),
    ("Света К.", None, "f", 1, None),
]
TG_PEOPLE_EN = [
    ("Tom Whitaker", "tomw_ekb", None, 3, "critic"), ("Priya", "priya_in_ekb", None, 2, None),
    ("Marco", "marco_ural", None, 2, None), ("Jana", "jana_cz", None, 2, None), ("Ahmed", "ahmed_ekb", None, 1, None),
    ("Lukas B.", "lukas_b", None, 1, None), ("Kate Morrison", "katemorrison", None, 2, "fan"),
]
# (display name, user, instance, followers, lang, gender, weight, role)
MASTO_PEOPLE = [
    ("Олег", "oleg_sysadmin", "lor.sh", 412, "ru", "m", 3, "critic"), ("Алексей", "alexey_fm", "lor.sh", 158, "ru", "m", 2, None),
    ("Вера", "vera_n", "lor.sh", 87, "ru", "f", 2, None), ("Илья", "ilya_net", "mastodon.online", 233, "ru", "m", 1, None),
    ("Nadya K.", "nadya_k", "mastodon.social", 1290, "en", None, 3, "critic"),
    ("Tom Whitaker", "tomw", "mstdn.social", 640, "en", None, 3, "critic"),
    ("Sam Rivera", "samr", "fosstodon.org", 2210, "en", None, 2, None),
    ("Kate Morrison", "katemorrison", "mastodon.social", 980, "en", None, 2, "fan"),
    ("Jonas Weber", "jonas_ops", "hachyderm.io", 3105, "en", None, 2, None),
    ("Mira", "mira_v", "techhub.social", 301, "en", None, 1, None),
    ("Polina", "polina", "mastodon.social", 176, "en", None, 1, None),
    ("Dmitri Volkov", "dvolkov", "infosec.exchange", 5120, "en", None, 1, None),
]
# (user, lang, gender, weight, role)
REDDIT_PEOPLE = [
    ("ekb_local", "ru", "m", 2, None), ("Malakhov_S", "ru", "m", 2, "critic"), ("uralskaya_koshka", "ru", "f", 2, None),
    ("vtuz_student", "ru", "m", 1, None),
    ("throwaway_ekb", "en", None, 4, "critic"), ("ural_expat", "en", None, 3, None), ("kate_in_yekat", "en", None, 2, "fan"),
    ("fibre_and_coffee", "en", None, 2, None), ("sysadmin_ivan", "en", None, 2, None), ("Vostok_Dev", "en", None, 2, None),
    ("borscht_and_bytes", "en", None, 2, None), ("mkrueger", "en", None, 1, None), ("quiet_router", "en", None, 2, None),
    ("dacha_wifi", "en", None, 1, None), ("nordic_nomad", "en", None, 1, None),
]
# Discourse forums: (username, lang, gender, weight, role)
COMMUNITY_PEOPLE = [
    ("alex_ural", "ru", "m", 3, None), ("smalakhov", "ru", "m", 4, "critic"), ("olga_zimina", "ru", "f", 3, "fan"),
    ("n_vlasov", "ru", "m", 2, None), ("ppetrov", "ru", "m", 1, None), ("irina_tech", "ru", "f", 2, None),
    ("kuzya", "ru", "m", 2, None), ("denis_k", "ru", "m", 1, None), ("natasha_b", "ru", "f", 2, None),
    ("mvt_1987", "ru", "m", 1, None),
    ("tom_w", "en", None, 2, "critic"), ("mkrueger", "en", None, 1, None), ("priya_s", "en", None, 1, None),
]
ROUTER_FORUM_PEOPLE = [
    ("netgearhead", "en", None, 2, None), ("packetpusher", "en", None, 3, None), ("quiet_router", "en", None, 2, None),
    ("wrt_fan", "en", None, 2, None), ("mkrueger", "en", None, 2, None), ("lan_party_1999", "en", None, 1, None),
]

PLATFORM_WEIGHTS = {
    "ru": {"vk": 50, "telegram": 28, "discourse": 14, "mastodon": 4, "reddit": 4},
    "en": {"reddit": 40, "mastodon": 30, "discourse": 15, "telegram": 15},
}
# How likely the provider's official account answers a thread, by source.
SUPPORT_PROBABILITY = {
    "vk_official": 0.85, "vk_uralmash": 0.45, "vk_reviews": 0.6, "vk_perm": 0.5,
    "tg_it": 0.3, "tg_uralmash": 0.35, "tg_expats": 0.3, "masto": 0.35,
    "rd_ekb": 0.25, "rd_home": 0.0, "rd_isp": 0.15, "dc_comm": 0.7, "dc_routers": 0.0,
}
COMPLAINT_TOPICS = ("outage", "billing", "tariff", "speed", "support", "tv")


# --------------------------------------------------------------------------
# Building the workspace
# --------------------------------------------------------------------------

class Person:
    def __init__(self, name, gender=None, weight=1, role=None, lang="ru", author_id=None, author_url=None,
                 followers=None, call=None, user=None, instance=None, official=False):
        self.name = name
        self.gender = gender
        self.weight = weight
        self.role = role
        self.lang = lang
        self.author_id = author_id
        self.author_url = author_url
        self.followers = followers
        self.call = call          # how others address this person, or None
        self.user = user          # Mastodon user name
        self.instance = instance  # Mastodon instance
        self.official = official


class Node:
    """One mention before ids are known."""

    def __init__(self, src: str, lang: str, topic: str | None, author: Person, moment: dt.datetime,
                 text: str, title: str = "", parent: "Node | None" = None, tags: list[str] | None = None,
                 html_text: str | None = None, when: str | None = None):
        self.src = src
        self.lang = lang
        self.topic = topic
        self.author = author
        self.moment = moment
        self.text = text
        self.title = title
        self.parent = parent
        self.root: Node = parent.root if parent else self
        self.tags = tags or []
        self.html = html_text
        self.when = when
        self.keys: tuple[str | None, ...] = (when,)
        self.id = ""
        self.url = ""
        self.num = 0
        self.extra: dict = {}


_TRANSLIT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                     ["a", "b", "v", "g", "d", "e", "yo", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r",
                      "s", "t", "u", "f", "kh", "ts", "ch", "sh", "sch", "", "y", "", "e", "yu", "ya"]))


def slugify(title: str, sep: str = "-", limit: int = 60) -> str:
    latin = "".join(_TRANSLIT.get(c, c) for c in title.lower())
    words = [w for w in re.split(r"[^a-z0-9]+", latin) if w]
    slug = ""
    for w in words:
        if slug and len(slug) + 1 + len(w) > limit:
            break
        slug = f"{slug}{sep}{w}" if slug else w
    return slug or "topic"


def base36(n: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while n:
        n, r = divmod(n, 36)
        out = digits[r] + out
    return out or "0"


def to_html(text: str) -> str:
    return "".join(f"<p>{html.escape(p, quote=False)}</p>" for p in text.split("\n\n"))


class Builder:
    def __init__(self, seed: int = SEED):
        self.rng = random.Random(seed)
        self.nodes: list[Node] = []
        self.usage: dict[int, int] = {}
        self._make_people()

    # -- people -----------------------------------------------------------
    def _make_people(self) -> None:
        r = self.rng
        self.people: dict[str, list[Person]] = {}
        vk = []
        for name, g, w, role in VK_PEOPLE:
            uid = r.randint(100_000, 799_999_999)
            vk.append(Person(name, g, w, role, "ru", f"id{uid}", f"https://vk.com/id{uid}", call=name.split()[0]))
        self.people["vk"] = vk
        for lang, table in (("ru", TG_PEOPLE_RU), ("en", TG_PEOPLE_EN)):
            out = []
            for name, user, g, w, role in table:
                if user:
                    pid, url = f"@{user}", f"https://t.me/{user}"
                else:
                    pid, url = f"user{r.randint(100_000_000, 7_999_999_999)}", None
                # Elderly neighbours are addressed by name and patronymic.
                call = name if name in ("Пётр Иванович", "Галина Сергеевна") else name.split()[0]
                out.append(Person(name, g, w, role, lang, pid, url, call=call))
            self.people[f"telegram/{lang}"] = out
        masto = []
        for name, user, inst, followers, lang, g, w, role in MASTO_PEOPLE:
            masto.append(Person(name, g, w, role, lang, f"@{user}@{inst}", f"https://{inst}/@{user}", followers,
                                user=user, instance=inst))
        self.people["mastodon"] = masto
        reddit = []
        for user, lang, g, w, role in REDDIT_PEOPLE:
            reddit.append(Person(user, g, w, role, lang, "t2_" + base36(r.randint(36**7, 36**8 - 1)),
                                 f"https://www.reddit.com/user/{user}/"))
        self.people["reddit"] = reddit
        for key, table in (("dc_comm", COMMUNITY_PEOPLE), ("dc_routers", ROUTER_FORUM_PEOPLE)):
            host = SOURCES[key]["host"]
            self.people[key] = [Person(u, g, w, role, lang, u, f"https://{host}/u/{u}") for u, lang, g, w, role in table]

        self.official = {
            "vk": Person("Линк-Телеком", author_id="club48213977", author_url="https://vk.com/linktelecom", official=True),
            "telegram": Person("Линк-Телеком | Поддержка", author_id="@linktelecom_support",
                               author_url="https://t.me/linktelecom_support", official=True),
            "channel": Person("Линк-Телеком | Новости", author_id="@linktelecom_news",
                              author_url="https://t.me/linktelecom_news", official=True),
            "insider": Person("Телеком-инсайдер", author_id="@telecom_insider_ru",
                              author_url="https://t.me/telecom_insider_ru", official=True),
            "mastodon": Person("LinkTelecom", author_id="@linktelecom@mastodon.social",
                               author_url="https://mastodon.social/@linktelecom", followers=1843,
                               user="linktelecom", instance="mastodon.social", official=True),
            "reddit": Person("LinkTelecom_Support", author_id="t2_" + base36(r.randint(36**7, 36**8 - 1)),
                             author_url="https://www.reddit.com/user/LinkTelecom_Support/", official=True),
            "dc_comm": [Person(u, author_id=u, author_url=f"https://community.linktelecom.ru/u/{u}", official=True)
                        for u in ("support_anna", "support_dmitry")],
        }

    def pool(self, src: str, lang: str) -> list[Person]:
        platform = SOURCES[src]["platform"]
        if platform == "telegram":
            return self.people[f"telegram/{lang}"]
        if platform == "discourse":
            return [p for p in self.people[src] if p.lang == lang]
        return [p for p in self.people[platform] if p.lang == lang]

    def official_for(self, src: str) -> Person | None:
        platform = SOURCES[src]["platform"]
        if SUPPORT_PROBABILITY.get(src, 0.0) <= 0.0:
            return None
        if src == "dc_comm":
            return self.rng.choice(self.official["dc_comm"])
        return self.official.get(platform)

    def pick_person(self, src: str, lang: str, topic: str | None, gender: str | None,
                    avoid: list[Person]) -> Person:
        candidates = [p for p in self.pool(src, lang) if gender is None or p.gender in (None, gender)]
        fresh = [p for p in candidates if p not in avoid]
        candidates = fresh or candidates
        weights = []
        for p in candidates:
            w = p.weight
            if p.role == "fan":
                w *= 3 if topic == "praise" else 0.6
            elif p.role == "critic":
                w *= 0.2 if topic == "praise" else (1.8 if topic in COMPLAINT_TOPICS else 1)
            weights.append(w)
        return self.rng.choices(candidates, weights)[0]

    # -- texts --------------------------------------------------------------
    def pick_text(self, entries: list[dict], keys: tuple, gender_of: Person | None = None,
                  avoid: list[str] = (), forbid_outcome: str | None = None) -> dict | None:
        """The least used entry that fits the thread (its window and sub-topic),
        the author's gender when the author is already known, and what support
        has already said."""
        fits = [e for e in entries
                if (e["ctx"] is None or any(k in e["ctx"] for k in keys if k))
                and (gender_of is None or e["g"] is None or e["g"] == gender_of.gender)
                and (forbid_outcome is None or e["o"] != forbid_outcome)
                and e["text"] not in avoid]
        if not fits:
            return None
        low = min(self.usage.get(id(e), 0) for e in fits)
        best = [e for e in fits if self.usage.get(id(e), 0) == low]
        choice = self.rng.choice(best)
        self.usage[id(choice)] = low + 1
        return choice

    # -- time ---------------------------------------------------------------
    HOUR_WEIGHTS = [0.3, 0.2, 0.1, 0.1, 0.1, 0.2, 0.5, 1, 1.5, 2, 2, 2, 2, 2, 2, 2, 2, 2.5, 3, 3.5, 3.5, 3, 2, 1]

    def sample_time(self, when: str | None) -> dt.datetime:
        r = self.rng
        lo, hi = WINDOWS[when]
        if hi - lo <= dt.timedelta(days=1):
            return lo + dt.timedelta(seconds=r.randrange(int((hi - lo).total_seconds())))
        while True:
            day = lo.date() + dt.timedelta(days=r.randrange((hi.date() - lo.date()).days + 1))
            hour = r.choices(range(24), self.HOUR_WEIGHTS)[0]
            moment = dt.datetime(day.year, day.month, day.day, hour, r.randrange(60), r.randrange(60), tzinfo=EKB)
            if lo <= moment < hi:
                return moment

    def reply_time(self, after: dt.datetime, kind: str, urgent: bool) -> dt.datetime:
        r = self.rng
        if kind == "support":
            minutes = 8 + min(r.expovariate(1 / 90), 700)
        elif kind == "followup":
            minutes = 40 + min(r.expovariate(1 / 300), 1200)
        else:
            minutes = 2 + min(r.expovariate(1 / (12 if urgent else 70)), 600)
        moment = after + dt.timedelta(minutes=minutes, seconds=r.randrange(60))
        limit = END - dt.timedelta(minutes=1)
        if moment >= limit:
            moment = after + (limit - after) * r.uniform(0.3, 0.8)
        return moment.replace(microsecond=0)

    # -- sources --------------------------------------------------------------
    def choose_source(self, lang: str, topic: str, when: str | None) -> str:
        r = self.rng
        weights = dict(PLATFORM_WEIGHTS[lang])
        if topic == "praise" and lang == "ru":
            weights["vk"] += 15
        if topic in ("router", "speed") and lang == "en":
            weights["reddit"] += 20
        platform = r.choices(list(weights), list(weights.values()))[0]
        if platform == "vk":
            options = [("vk_official", 5), ("vk_uralmash", 2), ("vk_reviews", 2), ("vk_perm", 1.5)]
        elif platform == "telegram":
            options = [("tg_it", 5), ("tg_uralmash", 4)] if lang == "ru" else [("tg_expats", 1)]
        elif platform == "mastodon":
            options = [("masto", 1)]
        elif platform == "reddit":
            if lang == "ru":
                options = [("rd_ekb", 1)]
            elif topic in ("router", "speed"):
                options = [("rd_home", 7), ("rd_ekb", 3)]
            elif topic in ("billing", "support", "tariff", "competitor"):
                options = [("rd_isp", 5), ("rd_ekb", 5)]
            else:
                options = [("rd_ekb", 1)]
        else:
            options = [("dc_routers", 1)] if lang == "en" and topic in ("router", "speed") else [("dc_comm", 1)]
        if when == "outage_nov12":
            options = [(k, w) for k, w in options if SOURCES[k].get("city", "ekb") == "ekb"] or [("vk_official", 1)]
        return r.choices([k for k, _ in options], [w for _, w in options])[0]

    def new_slots(self, src: str, when: str | None) -> Slots:
        spec = SOURCES[src]
        if when == "outage_nov12":
            return Slots(self.rng, "ekb", self.rng.choice(NOV12_DISTRICTS))
        return Slots(self.rng, spec.get("city"), spec.get("district"))

    def decorate(self, node: Node, is_root: bool) -> None:
        """Platform habits: Mastodon mentions and hashtags."""
        r = self.rng
        if SOURCES[node.src]["platform"] != "mastodon":
            return
        if node.parent is not None:
            p = node.parent.author
            if p is not node.author:
                handle = p.user if p.instance == node.author.instance else f"{p.user}@{p.instance}"
                node.text = f"@{handle} {node.text}"
        elif is_root and r.random() < 0.7:
            if node.lang == "ru":
                node.text += r.choice(["\n\n#ЛинкТелеком", "\n\n#ЛинкТелеком #Екатеринбург", " #LinkTelecom"])
            else:
                node.text += r.choice(["\n\n#LinkTelecom #ISP", " #LinkTelecom", "\n\n#Yekaterinburg #LinkTelecom"])

    def add(self, node: Node) -> Node:
        self.nodes.append(node)
        return node

    # -- threads --------------------------------------------------------------
    REPLY_COUNT_WEIGHTS = {"ru": [52, 20, 13, 8, 5, 2], "en": [24, 24, 22, 16, 9, 5]}

    def reply_counts(self, lang: str, threads: int) -> list[int]:
        """How many replies each thread gets: the weights' exact proportions,
        shuffled, so that the sample's size does not drift with the seed."""
        weights = self.REPLY_COUNT_WEIGHTS[lang]
        shares = [threads * w / sum(weights) for w in weights]
        counts = [int(x) for x in shares]
        by_fraction = sorted(range(len(shares)), key=lambda i: shares[i] - counts[i], reverse=True)
        for i in by_fraction[:threads - sum(counts)]:
            counts[i] += 1
        deck = [n for n, c in enumerate(counts) for _ in range(c)]
        self.rng.shuffle(deck)
        return deck

    def thread(self, lang: str, topic: str, pools: dict, entry: dict) -> None:
        r = self.rng
        when = entry["when"]
        src = self.choose_source(lang, topic, when)
        platform = SOURCES[src]["platform"]
        slots = self.new_slots(src, when)
        slots.lang = lang
        if when == "outage_nov12":
            slots.floor = NOV12_CUT
        author = self.pick_person(src, lang, topic, entry["g"], [])
        moment = self.sample_time(when)
        slots.moment = moment
        text = fill(entry["text"], slots)
        title = ""
        if platform in ("reddit", "discourse"):
            title = fill(r.choice(TITLES[lang][topic]), slots)
        if entry["tags"] is not None:
            tags = list(entry["tags"])
        else:
            tags = list(TOPIC_TAGS[topic]) if r.random() < 0.6 else []
        root = self.add(Node(src, lang, topic, author, moment, text, title, tags=tags, when=when,
                             html_text=to_html(text) if platform == "discourse" else None))
        root.keys = (when, entry["about"] or ("ongoing" if topic == "outage" else None))
        self.decorate(root, True)
        self.replies(root, pools, self.deck[lang].pop(), slots, allow_followup=True)

    def replies(self, root: Node, pools: dict, count: int, root_slots: Slots, allow_followup: bool) -> None:
        r = self.rng
        src, lang, topic, when, keys = root.src, root.lang, root.topic, root.when, root.keys
        if count == 0:
            return
        others_kinds = [k for k in ("metoo", "advice") if pools.get(k)]
        official = self.official_for(src)
        use_support = (official is not None and bool(pools.get("support"))
                       and r.random() < SUPPORT_PROBABILITY.get(src, 0.0))
        use_followup = allow_followup and bool(pools.get("followup")) and count >= 2 and r.random() < 0.6
        n_others = count - use_support - use_followup
        if not others_kinds:
            n_others = 0
        plan = [r.choice(others_kinds) for _ in range(n_others)]
        if use_support:
            plan.insert(r.randint(min(1, len(plan)), len(plan)), "support")
        if use_followup:
            plan.append("followup")

        thread: list[Node] = [root]
        used_texts = [root.text]
        people = [root.author]
        last = root.moment
        urgent = when == "outage_nov12"
        support_outcome = None
        for kind in plan:
            slots = root_slots.inherit()
            slots.lang = lang
            if kind == "support":
                # Support answers the author or someone with the same problem.
                others = [n for n in thread[1:] if n.extra.get("kind") == "metoo"]
                parent = r.choice(others) if others and r.random() < 0.3 and topic != "praise" else root
                author = official
            elif kind == "followup":
                if len(thread) == 1:
                    continue  # nobody answered, so there is nothing to follow up on
                supports = [n for n in thread if n.author.official]
                advices = [n for n in thread[1:] if n.extra.get("kind") == "advice"]
                parent = supports[-1] if supports else (advices[-1] if advices else thread[-1])
                author = root.author
            else:
                earlier = [n for n in thread[1:] if not n.author.official]
                parent = r.choice(earlier) if earlier and r.random() < (0.25 if kind == "metoo" else 0.35) else root
                author = None
            forbid = None
            if kind == "followup" and (support_outcome == "fixed" or when == "outage_nov12"):
                forbid = "not_fixed"
            elif kind != "followup" and when == "outage_nov12":
                forbid = "fixed"  # nobody was reconnected before the repair
            entry = self.pick_text(pools[kind], keys, author if kind == "followup" else None, used_texts, forbid)
            if entry is None:
                continue
            if kind == "support":
                support_outcome = entry["o"]
            if author is None:
                author = self.pick_person(src, lang, topic, entry["g"], people)
            moment = self.reply_time(max(last, parent.moment), kind, urgent)
            if when == "outage_nov12":
                # Only the author's follow-up may come after the repair.
                if entry["o"] == "fixed":
                    moment = max(moment, NOV12_RESTORED + dt.timedelta(minutes=r.randint(2, 50), seconds=r.randrange(60)))
                elif moment >= NOV12_RESTORED:
                    base = max(last, parent.moment)
                    moment = (base + (NOV12_RESTORED - base) * r.uniform(0.2, 0.8)).replace(microsecond=0)
            slots.moment = moment
            if SOURCES[src]["platform"] in ("vk", "telegram") and parent.author.call and not parent.author.official:
                slots.hello_name = parent.author.call
            text = fill(entry["text"], slots)
            if kind == "support" and SOURCES[src]["platform"] == "vk" and r.random() < 0.5:
                text += f"\n\n{slots['staff']}, служба поддержки"
            tags = []
            if kind == "metoo" and r.random() < 0.3:
                tags = [t for t in TOPIC_TAGS[topic] if t.startswith("problem/")]
            node = self.add(Node(src, lang, topic, author, moment, text, parent=parent, tags=tags, when=when,
                                 html_text=to_html(text) if SOURCES[src]["platform"] == "discourse" else None))
            node.extra["kind"] = kind
            self.decorate(node, False)
            thread.append(node)
            used_texts.append(entry["text"])
            people.append(author)
            last = moment

    # -- official posts, news and blogs -----------------------------------------
    ANNOUNCEMENT_TAGS = {"price": ["pricing"], "double": ["problem/billing"], "outage": ["problem/outage"],
                         "restored": ["problem/outage"], "postmortem": ["problem/outage"], "tv": ["problem/tv"],
                         "load": ["problem/support"]}

    def announcements(self) -> None:
        r = self.rng
        for ann in ANNOUNCEMENTS:
            moment = at(ann["at"])
            tags = self.ANNOUNCEMENT_TAGS.get(ann["key"], [])
            post = self.add(Node("tg_news", "ru", None, self.official["channel"], moment, ann["text"], tags=list(tags)))
            self.comments(post, ann["tg"], ann.get("tg_answer"), self.official["channel"], ann["key"])
            if "vk" in ann:
                vk_moment = moment + dt.timedelta(minutes=r.randint(3, 25), seconds=r.randrange(60))
                wall = self.add(Node("vk_official", "ru", None, self.official["vk"], vk_moment, ann["text"],
                                     tags=list(tags)))
                self.comments(wall, ann["vk"], ann.get("vk_answer"), self.official["vk"], ann["key"])

    def comments(self, post: Node, texts: list, answer: tuple[str, str] | None, official: Person, key: str) -> None:
        """A few comments under an official post, and the provider's answer to one of them."""
        r = self.rng
        entries = [t if isinstance(t, dict) else T(t) for t in texts]
        chosen = r.sample(entries, min(len(entries), r.randint(2, 3)))
        if answer and all(e["text"] != answer[0] for e in chosen):
            chosen[-1] = next(e for e in entries if e["text"] == answer[0])
        last = post.moment
        posted: list[Node] = []
        for e in chosen:
            author = self.pick_person(post.src, "ru", None, e["g"], [n.author for n in posted])
            parent = r.choice(posted) if posted and r.random() < 0.2 else post
            last = self.reply_time(max(last, parent.moment), "metoo", key in ("outage", "load"))
            node = self.add(Node(post.src, "ru", None, author, last, e["text"], parent=parent))
            posted.append(node)
            if answer and e["text"] == answer[0]:
                asked = node
        if answer:
            text = answer[1]
            if asked.author.call:
                text = f"{asked.author.call}, {text[0].lower()}{text[1:]}"
            self.add(Node(post.src, "ru", None, official, self.reply_time(last, "support", False), text, parent=asked))

    def insider(self) -> None:
        for when, tags, text, comment in INSIDER_POSTS:
            moment = at(when)
            post = self.add(Node("tg_insider", "ru", None, self.official["insider"], moment, text, tags=list(tags)))
            if comment:
                author = self.pick_person("tg_insider", "ru", None, None, [])
                self.add(Node("tg_insider", "ru", None, author, self.reply_time(moment, "metoo", False),
                              comment, parent=post))

    def articles(self) -> None:
        for a in ARTICLES:
            spec = SOURCES[a["src"]]
            moment = dt.datetime.strptime(a["at"], "%Y-%m-%d %H:%M").replace(tzinfo=a["tz"])
            text = "\n\n".join(a["paras"])
            node = self.add(Node(a["src"], spec["lang"], None, Person(a["author"], author_url=a["author_url"]),
                                 moment, text, a["title"], tags=list(a["tags"]), html_text=to_html(text)))
            node.id, node.url = a["id"], a["url"]

    def build(self) -> list[Node]:
        self.deck = {lang: self.reply_counts(lang, sum(len(p["root"]) for p in table.values()))
                     for lang, table in (("ru", RU), ("en", EN))}
        for lang, table in (("ru", RU), ("en", EN)):
            for topic, pools in table.items():
                for entry in pools["root"]:
                    self.thread(lang, topic, pools, entry)
        self.announcements()
        self.insider()
        self.articles()
        self.assign_ids()
        return self.nodes

    # -- ids and links ------------------------------------------------------------
    def assign_ids(self) -> None:
        r = self.rng
        by_src: dict[str, list[Node]] = {}
        for n in self.nodes:
            by_src.setdefault(n.src, []).append(n)
        for key, items in by_src.items():
            spec = SOURCES[key]
            platform = spec["platform"]
            items.sort(key=lambda n: n.moment)
            prev = None
            cur = spec.get("start", 0)
            comment_cur = spec.get("comment_start", 0)
            topic_cur = spec.get("topic_start", 0)
            post_cur = spec.get("post_start", 0)
            for n in items:
                gap_h = (n.moment - prev).total_seconds() / 3600 if prev else 0.0
                prev = n.moment
                jitter = r.uniform(0.5, 1.5)
                if platform == "vk":
                    cur += 1 + int(gap_h * spec["rate"] * jitter)
                    n.num = cur
                    n.id = f"wall-{spec['owner']}_{cur}"
                    if n.parent is None:
                        n.url = f"https://vk.com/wall-{spec['owner']}_{cur}"
                    else:
                        top = n
                        while top.parent.parent is not None:
                            top = top.parent
                        n.url = f"https://vk.com/wall-{spec['owner']}_{n.root.num}?reply={cur}"
                        if top is not n:
                            n.url += f"&thread={top.num}"
                elif platform == "telegram":
                    chat = spec["chat"]
                    if spec.get("channel"):
                        if n.parent is None:
                            cur += r.randint(1, 4)
                            n.num = cur
                            n.id, n.url = str(cur), f"https://t.me/{chat}/{cur}"
                        else:
                            comment_cur += 1 + int(gap_h * spec["rate"] * jitter)
                            n.id = f"{n.root.num}?comment={comment_cur}"
                            n.url = f"https://t.me/{chat}/{n.root.num}?comment={comment_cur}"
                    else:
                        cur += 1 + int(gap_h * spec["rate"] * jitter)
                        n.num = cur
                        n.id, n.url = str(cur), f"https://t.me/{chat}/{cur}"
                elif platform == "mastodon":
                    ms = int(n.moment.timestamp() * 1000)
                    n.id = str((ms << 16) | r.getrandbits(16))
                    n.url = f"https://{n.author.instance}/@{n.author.user}/{n.id}"
                elif platform == "reddit":
                    secs = int((n.moment - START).total_seconds())
                    sub = spec["sub"]
                    if n.parent is None:
                        short = base36(int("1p00000", 36) + int(secs * 1.3) + r.randint(0, 9))
                        n.extra["short"] = short
                        n.id = f"t3_{short}"
                        n.url = f"https://www.reddit.com/r/{sub}/comments/{short}/{slugify(n.title, '_', 50)}/"
                    else:
                        short = base36(int("n000000", 36) + secs * 45 + r.randint(0, 44))
                        n.id = f"t1_{short}"
                        n.url = f"https://www.reddit.com/r/{sub}/comments/{n.root.extra['short']}/comment/{short}/"
                elif platform == "discourse":
                    host = spec["host"]
                    post_cur += 1 + int(gap_h * 6 * jitter)
                    n.id = str(post_cur)
                    if n.parent is None:
                        topic_cur += 1 + int(gap_h * 0.8 * jitter)
                        n.extra.update(topic=topic_cur, slug=slugify(n.title), posts=1)
                        n.url = f"https://{host}/t/{n.extra['slug']}/{topic_cur}"
                    else:
                        n.root.extra["posts"] += 1
                        n.url = f"https://{host}/t/{n.root.extra['slug']}/{n.root.extra['topic']}/{n.root.extra['posts']}"


# --------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------

def published(node: Node) -> str:
    spec = SOURCES[node.src]
    if spec["platform"] == "feed":
        return node.moment.isoformat(timespec="seconds")
    text = node.moment.astimezone(spec["tz"]).isoformat(timespec="seconds")
    if spec["platform"] in ("reddit", "discourse"):
        text = text.replace("+00:00", "Z")
    return text


def record(node: Node) -> dict:
    spec = SOURCES[node.src]
    rec = {
        "platform": spec["platform"],
        "source": spec["source"],
        "source_title": spec["title"],
        "id": node.id,
        "url": node.url,
        "author": node.author.name,
    }
    if node.author.author_id:
        rec["author_id"] = node.author.author_id
    if node.author.author_url:
        rec["author_url"] = node.author.author_url
    if node.author.followers is not None:
        rec["author_followers"] = node.author.followers
    rec["title"] = node.title
    rec["text"] = node.text
    if node.html:
        rec["html"] = node.html
    rec["published"] = published(node)
    rec["lang"] = node.lang
    rec["thread"] = node.root.id
    rec["parent"] = node.parent.id if node.parent else ""
    rec["tags"] = node.tags
    return rec


REQUIRED = ("platform", "source", "id", "url", "author", "title", "text", "published")


def validate(records: list[dict]) -> list[str]:
    """Checks the sample's own promises; returns a list of problems."""
    problems = []
    seen: dict[tuple[str, str], dict] = {}
    threads: dict[tuple[str, str], int] = {}
    for rec in records:
        for key in REQUIRED:
            if key not in rec or (key != "title" and not rec[key]):
                problems.append(f"{rec.get('id')}: missing {key}")
        key = (rec["source"], rec["id"])
        if key in seen:
            problems.append(f"duplicate id {key}")
        seen[key] = rec
        if "{" in rec["text"] or "}" in rec["text"]:
            problems.append(f"{rec['id']}: unfilled placeholder")
        moment = dt.datetime.fromisoformat(rec["published"].replace("Z", "+00:00"))
        if not START <= moment < END:
            problems.append(f"{rec['id']}: published {rec['published']} outside the window")
        if rec["platform"] in ("reddit", "discourse", "feed") and not rec["parent"] and not rec["title"]:
            problems.append(f"{rec['id']}: needs a title")
        threads[(rec["source"], rec["thread"])] = threads.get((rec["source"], rec["thread"]), 0) + 1
    for rec in records:
        if rec["parent"]:
            parent = seen.get((rec["source"], rec["parent"]))
            if parent is None:
                problems.append(f"{rec['id']}: unknown parent {rec['parent']}")
            elif parent["thread"] != rec["thread"]:
                problems.append(f"{rec['id']}: parent in another thread")
            elif parent["published"] >= rec["published"] and parent["published"][-6:] == rec["published"][-6:]:
                problems.append(f"{rec['id']}: reply not after its parent")
        if (rec["source"], rec["thread"]) not in seen:
            problems.append(f"{rec['id']}: unknown thread {rec['thread']}")
    for key, size in threads.items():
        if size > 6:
            problems.append(f"thread {key} has {size} messages")
    if not 300 <= len(records) <= 400:
        problems.append(f"{len(records)} records, expected 300-400")
    english = sum(rec["lang"] == "en" for rec in records) / max(len(records), 1)
    if not 0.25 <= english <= 0.42:
        problems.append(f"English share {english:.2f}, expected about a third")
    return problems


def generate() -> tuple[str, list[dict]]:
    nodes = Builder().build()
    nodes.sort(key=lambda n: (n.moment, n.src, n.id))
    records = [record(n) for n in nodes]
    lines = [json.dumps(rec, ensure_ascii=False, separators=(",", ":")) for rec in records]
    return "\n".join(lines) + "\n", records


def summary(records: list[dict]) -> str:
    def count(key):
        out: dict[str, int] = {}
        for rec in records:
            out[rec[key]] = out.get(rec[key], 0) + 1
        return ", ".join(f"{k} {v}" for k, v in sorted(out.items()))
    threads: dict[tuple[str, str], int] = {}
    for rec in records:
        threads[(rec["source"], rec["thread"])] = threads.get((rec["source"], rec["thread"]), 0) + 1
    multi = [v for v in threads.values() if v > 1]
    return (f"{len(records)} mentions; platforms: {count('platform')}; languages: {count('lang')}; "
            f"{len(multi)} threads of 2-6 messages, {len(threads) - len(multi)} single posts")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("output", nargs="?", help="output file, '-' for stdout (default: workspace.jsonl here)")
    parser.add_argument("--check", action="store_true", help="fail if the committed file is out of date")
    args = parser.parse_args()

    content, records = generate()
    problems = validate(records)
    if problems:
        for p in problems:
            print(f"generate_workspace: {p}", file=sys.stderr)
        return 1
    target = Path(__file__).with_name("workspace.jsonl") if not args.output else Path(args.output)
    if args.check:
        current = target.read_text(encoding="utf-8") if target.exists() else ""
        if current != content:
            print(f"generate_workspace: {target.name} is out of date; run {Path(__file__).name}", file=sys.stderr)
            return 1
        return 0
    if args.output == "-":
        sys.stdout.write(content)
    else:
        target.write_text(content, encoding="utf-8")
    print(f"generate_workspace: {summary(records)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
