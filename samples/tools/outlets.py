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
        strap="Independent journalism since 1871", country="UK"),
    "meridian-wire": dict(
        name="Meridian Wire", domain="meridian-wire.example", zone="UTC", layout="wire",
        date_mode="jsonld+time", sections=["Top News", "World", "Markets", "Disasters", "Pictures"],
        fmt=lambda d: d.strftime("%d %b %Y %H:%M UTC"), strap="International news agency", country="wire"),
    "dailylantern": dict(
        name="The Daily Lantern", domain="dailylantern.example", zone="America/New_York", layout="tabloid",
        date_mode="meta", sections=["Home", "U.S.", "World", "Politics", "Business", "Weather"],
        fmt=lambda d: f"{d.strftime('%B')} {d.day}, {d.year}, {_ampm(d)} {d.tzname()}",
        strap="Lighting the way since 1902", country="US"),
    "ridgeline-courier": dict(
        name="Ridgeline Courier", domain="ridgeline-courier.example", zone="America/Toronto", layout="tabloid",
        date_mode="meta-itemprop", sections=["Local", "Canada", "World", "Opinion", "Life"],
        fmt=lambda d: f"{_month_ap(d)} {d.day}, {d.year} at {_ampm(d)} ET", strap="Your region, your paper",
        country="CA"),
    "kestreltimes": dict(
        name="Kestrel Times", domain="kestreltimes.example", zone="Asia/Kolkata", layout="portal",
        date_mode="jsonld+meta", sections=["India", "World", "Cities", "Business", "Cricket", "Explainers"],
        fmt=lambda d: "Updated: " + d.strftime("%b %d, %Y, %I:%M %p ") + "IST", strap="News that matters",
        country="IN"),
    "continental-ledger": dict(
        name="Continental Ledger", domain="continental-ledger.example", zone="Europe/Berlin", layout="broadsheet",
        date_mode="visible", sections=["Europe", "World", "Economy", "Science", "Feuilleton"],
        fmt=lambda d: d.strftime("%d.%m.%Y %H:%M ") + d.tzname(), strap="English edition", country="DE"),
    "atlasdispatch": dict(
        name="Atlas Dispatch", domain="atlasdispatch.example", zone="America/New_York", layout="portal",
        date_mode="jsonld", sections=["Latest", "Global", "Climate", "Conflict", "Data", "Podcasts"],
        fmt=lambda d: "Published " + d.strftime("%-d %B %Y"), strap="Explaining the world, one story at a time",
        country="online"),
    "baysideherald": dict(
        name="Bayside Herald", domain="baysideherald.example", zone="Australia/Sydney", layout="tabloid",
        date_mode="time", sections=["NSW", "National", "World", "Business", "Sport", "Lifestyle"],
        fmt=lambda d: d.strftime("%A, %-d %B %Y, ") + d.strftime("%-I:%M%p").lower() + " " + d.tzname(),
        strap="Sydney's own since 1888", country="AU"),
    "equatorobserver": dict(
        name="The Equator Observer", domain="equatorobserver.example", zone="Africa/Nairobi", layout="portal",
        date_mode="meta+visible", sections=["East Africa", "Great Lakes", "Africa", "Business", "Opinion"],
        fmt=lambda d: d.strftime("%A, %B %-d, %Y - %H:%M ") + "EAT", strap="The region's paper of record",
        country="KE"),
}


def local(outlet: str, utc: datetime) -> datetime:
    return utc.astimezone(ZoneInfo(OUTLETS[outlet]["zone"]))
