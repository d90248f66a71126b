"""Fictional outlets of the Storyline demo corpus and how each one writes dates.

Every outlet, byline and person here is invented for Storyline; the .example TLD is reserved.
"""
from datetime import datetime
from zoneinfo import ZoneInfo


def _ampm(dt: datetime) -> str:
    hour = dt.hour % 12 or 12
    suffix = "a.m." if dt.hour < 12 else "p.m."
    return f"{hour}:{dt.minute:02d} {suffix}"


def _month_ap(dt: datetime) -> str:
    # AP style: short months are spelled out, long ones abbreviated with a period.
    names = {1: "Jan.", 2: "Feb.", 8: "Aug.", 9: "Sept.", 10: "Oct.", 11: "Nov.", 12: "Dec."}
    return names.get(dt.month, dt.strftime("%B"))


OUTLETS = {
    "harbourpost": dict(
        name="The Harbour Post", domain="harbourpost.example", zone="Europe/London", layout="broadsheet",
        date_mode="jsonld+time", sections=["News", "World", "Climate", "Opinion", "Sport", "Culture"],
        fmt=lambda d: d.strftime("%A %-d %B %Y %H.%M ") + d.tzname(),
        strap="Independent journalism since 1871", country="UK", newsletter="First Edition: our free morning email",
        appeal="We have no shareholders and no billionaire owner. Our reporting from disaster zones is paid for by readers. If you can, please support the Harbour Post today."),
    "meridian-wire": dict(
        name="Meridian Wire", domain="meridian-wire.example", zone="UTC", layout="wire",
        date_mode="jsonld+time", sections=["Top News", "World", "Markets", "Disasters", "Pictures"],
        fmt=lambda d: d.strftime("%d %b %Y %H:%M UTC"), strap="International news agency", country="wire"),
    "dailylantern": dict(
        name="The Daily Lantern", domain="dailylantern.example", zone="America/New_York", layout="tabloid",
        date_mode="meta", sections=["Home", "U.S.", "World", "Politics", "Business", "Weather"],
        fmt=lambda d: f"{d.strftime('%B')} {d.day}, {d.year}, {_ampm(d)} {d.tzname()}",
        strap="Lighting the way since 1902", country="US", newsletter="Get The Lantern Morning Report",
        appeal="Local news needs you. Subscribe for just 99 cents for your first month."),
    "ridgeline-courier": dict(
        name="Ridgeline Courier", domain="ridgeline-courier.example", zone="America/Toronto", layout="tabloid",
        date_mode="meta-itemprop", sections=["Local", "Canada", "World", "Opinion", "Life"],
        fmt=lambda d: f"{_month_ap(d)} {d.day}, {d.year} at {_ampm(d)} ET", strap="Your region, your paper",
        country="CA", newsletter="Sign up for Courier Headlines",
        appeal="Support local journalism: become a Ridgeline Courier subscriber today."),
    "kestreltimes": dict(
        name="Kestrel Times", domain="kestreltimes.example", zone="Asia/Kolkata", layout="portal",
        date_mode="jsonld+meta", sections=["India", "World", "Cities", "Business", "Cricket", "Explainers"],
        fmt=lambda d: "Updated: " + d.strftime("%b %d, %Y, %I:%M %p ") + "IST", strap="News that matters",
        country="IN", newsletter="Subscribe to the Kestrel Evening Wrap",
        appeal="Quality journalism needs your support. Subscribe to Kestrel Times Premium and read ad-free."),
    "continental-ledger": dict(
        name="Continental Ledger", domain="continental-ledger.example", zone="Europe/Berlin", layout="broadsheet",
        date_mode="visible", sections=["Europe", "World", "Economy", "Science", "Feuilleton"],
        fmt=lambda d: d.strftime("%d.%m.%Y %H:%M ") + d.tzname(), strap="English edition", country="DE",
        newsletter="The Ledger Briefing – every weekday at 7am CET",
        appeal="Independent, thorough, European. Take out a digital subscription from €4.99 a month."),
    "atlasdispatch": dict(
        name="Atlas Dispatch", domain="atlasdispatch.example", zone="America/New_York", layout="portal",
        date_mode="jsonld", sections=["Latest", "Global", "Climate", "Conflict", "Data", "Podcasts"],
        fmt=lambda d: "Published " + d.strftime("%-d %B %Y"), strap="Explaining the world, one story at a time",
        country="online", newsletter="The Atlas Weekly: one email, the whole world",
        appeal="Atlas Dispatch is a non-profit newsroom. Your tax-deductible donation keeps our explainers free for everyone."),
    "baysideherald": dict(
        name="Bayside Herald", domain="baysideherald.example", zone="Australia/Sydney", layout="tabloid",
        date_mode="time", sections=["NSW", "National", "World", "Business", "Sport", "Lifestyle"],
        fmt=lambda d: d.strftime("%A, %-d %B %Y, ") + d.strftime("%-I:%M%p").lower() + " " + d.tzname(),
        strap="Sydney's own since 1888", country="AU", newsletter="Get the Herald's Morning Edition",
        appeal="Help keep Sydney informed. Subscribe from $1 a week for your first four weeks."),
    "equatorobserver": dict(
        name="The Equator Observer", domain="equatorobserver.example", zone="Africa/Nairobi", layout="portal",
        date_mode="meta+visible", sections=["East Africa", "Great Lakes", "Africa", "Business", "Opinion"],
        fmt=lambda d: d.strftime("%A, %B %-d, %Y - %H:%M ") + "EAT", strap="The region's paper of record",
        country="KE", newsletter="The Observer Daily Brief via email and WhatsApp",
        appeal="Support fearless journalism in East Africa. Contribute from KSh 100."),
    "padmachronicle": dict(
        name="The Padma Chronicle", domain="padmachronicle.example", zone="Asia/Dhaka", layout="portal",
        date_mode="jsonld", sections=["Bangladesh", "Dhaka", "World", "Business", "Opinion", "Sports"],
        # visible time carries no zone at all: only the JSON-LD offset (+06:00) disambiguates it
        fmt=lambda d: "Published: " + d.strftime("%I:%M %p, %B %-d, %Y"), strap="Truth on both banks",
        country="BD", newsletter="Get the Chronicle's morning digest",
        appeal="Stand with independent journalism in Bangladesh. Subscribe to the Chronicle e-paper."),
}


def local(outlet: str, utc: datetime) -> datetime:
    return utc.astimezone(ZoneInfo(OUTLETS[outlet]["zone"]))
