"""The temperature a lock's battery box lives at, hour by hour.

The battery box sits on the inside half of the lock, so its temperature is a blend of
the room and the outdoors: an apartment corridor barely follows the seasons, a front door
with a draughty gap follows them partly, a garden-gate or garage lock almost fully. The
outdoors has a seasonal cycle (coldest in mid January up north, mid July down south), a
daily cycle (warmest mid afternoon) and weather: spells of a few days warmer or colder
than normal (an AR(1) process on daily anomalies).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

COLDEST_DAY_NORTH = 15  # day of year, mid January
CLIMATE_WEIGHTS = {"mild": 0.25, "temperate": 0.35, "continental": 0.2, "hot": 0.1, "nordic": 0.1}
EXPOSURE_WEIGHTS = {"indoor": 0.35, "front-door": 0.5, "gate": 0.15}


@dataclass(frozen=True)
class Climate:
    """Outdoor climate and how exposed the lock is to it.

    Attributes:
        kind: Climate name (mild, temperate, continental, hot, nordic).
        mean_c: Annual mean outdoor temperature.
        amplitude_c: Half the summer-to-winter swing of the daily mean.
        diurnal_c: Half the day-to-night swing.
        weather_sd_c: Spread of the day-to-day weather anomaly.
        south: Southern hemisphere (seasons shifted by half a year).
        exposure: indoor, front-door or gate.
        outdoor_weight: Share of the outdoor temperature in the battery box's.
        indoor_c: Room temperature the inside of the door is kept at.
    """

    kind: str
    mean_c: float
    amplitude_c: float
    diurnal_c: float
    weather_sd_c: float
    south: bool
    exposure: str
    outdoor_weight: float
    indoor_c: float


_KINDS = {  # mean, seasonal amplitude, diurnal amplitude, weather spread
    "mild": (15.0, 5.0, 4.0, 2.5),
    "temperate": (10.0, 8.0, 5.0, 3.5),
    "continental": (7.0, 14.0, 6.0, 5.0),
    "hot": (23.0, 6.0, 6.0, 2.0),
    "nordic": (4.0, 11.0, 4.0, 5.0),
}
_EXPOSURE_RANGES = {"indoor": (0.03, 0.12), "front-door": (0.2, 0.45), "gate": (0.65, 0.95)}


def _pick(rng: np.random.Generator, weights: dict[str, float]) -> str:
    names = list(weights)
    probs = np.array([weights[name] for name in names])
    return names[int(rng.choice(len(names), p=probs / probs.sum()))]


def sample_climate(rng: np.random.Generator) -> Climate:
    """Draw a climate and a door exposure for one lock."""
    kind = _pick(rng, CLIMATE_WEIGHTS)
    mean, amplitude, diurnal, weather = _KINDS[kind]
    exposure = _pick(rng, EXPOSURE_WEIGHTS)
    low, high = _EXPOSURE_RANGES[exposure]
    return Climate(
        kind=kind,
        mean_c=mean + rng.normal(0.0, 1.5),
        amplitude_c=amplitude * rng.uniform(0.85, 1.15),
        diurnal_c=diurnal * rng.uniform(0.7, 1.3),
        weather_sd_c=weather,
        south=bool(rng.random() < 0.12),
        exposure=exposure,
        outdoor_weight=rng.uniform(low, high),
        indoor_c=rng.uniform(18.0, 23.0),
    )


def seasonal_outdoor(climate: Climate, day_of_year: np.ndarray) -> np.ndarray:
    """Normal daily-mean outdoor temperature on each (fractional) day of year."""
    coldest = COLDEST_DAY_NORTH + (182.6 if climate.south else 0.0)
    return climate.mean_c - climate.amplitude_c * np.cos(
        2.0 * np.pi * (day_of_year - coldest) / 365.25
    )


def weather_anomaly(rng: np.random.Generator, climate: Climate, n_days: int) -> np.ndarray:
    """Daily weather anomalies: spells lasting a few days (AR(1), phi 0.7)."""
    phi = 0.7
    shocks = rng.normal(0.0, climate.weather_sd_c * np.sqrt(1.0 - phi * phi), n_days)
    anomaly = np.empty(n_days)
    level = rng.normal(0.0, climate.weather_sd_c)
    for day in range(n_days):
        level = phi * level + shocks[day]
        anomaly[day] = level
    return anomaly


def box_temperatures(
    rng: np.random.Generator, climate: Climate, origin_day_of_year: float, n_hours: int
) -> tuple[np.ndarray, np.ndarray]:
    """Hourly battery-box and daily-mean outdoor temperatures from the lock's origin.

    Hour 0 is local midnight of the origin day.

    Args:
        rng: Random source.
        climate: The lock's climate and exposure.
        origin_day_of_year: Day of year (0-based) of the origin.
        n_hours: How many hours to produce.

    Returns:
        (hourly battery-box temperature, daily mean outdoor temperature) in °C.
    """
    hours = np.arange(n_hours, dtype=float)
    n_days = n_hours // 24 + 2
    day_of_year = origin_day_of_year + hours / 24.0
    weather = weather_anomaly(rng, climate, n_days)
    daily_weather = np.interp(hours / 24.0, np.arange(n_days) + 0.5, weather)
    diurnal = climate.diurnal_c * np.cos(2.0 * np.pi * (hours % 24.0 - 15.0) / 24.0)
    outdoor = seasonal_outdoor(climate, day_of_year) + daily_weather + diurnal
    # Rooms follow the seasons a little (heating is not perfect, summers warm the house).
    indoor = climate.indoor_c + 0.15 * (seasonal_outdoor(climate, day_of_year) - climate.indoor_c)
    box = climate.outdoor_weight * outdoor + (1.0 - climate.outdoor_weight) * indoor
    daily_outdoor = seasonal_outdoor(climate, origin_day_of_year + np.arange(n_days)) + weather
    return box, daily_outdoor
