//! Dates as people write them on profiles: `Jan 2020`, `January 2020`, `01/2020`, `2020-01`,
//! `2020-01-15`, `2020`, and `Present`/`Current`/`now`; ranges joined by `–`, `—`, `-` or `to`.

use std::ops::Range;

/// How a date was written, so a profile mixing styles can be told to pick one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DateStyle {
    /// `Jan 2020`
    MonthAbbrev,
    /// `January 2020`
    MonthFull,
    /// `01/2020`
    Numeric,
    /// `2020-01` or `2020-01-15`
    Iso,
    /// `2020`
    YearOnly,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateValue {
    pub year: i32,
    pub month: Option<u8>,
    pub style: DateStyle,
}

impl DateValue {
    /// Months since year 0, taking a missing month as January (start) for ordering.
    pub fn months(&self) -> i32 {
        self.year * 12 + i32::from(self.month.unwrap_or(1)) - 1
    }
}

/// The end of a role: a date, or still ongoing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EndDate {
    Date(DateValue),
    Present,
}

pub(crate) const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Parses one date. Returns `None` for anything that is not a date.
pub fn parse_date(s: &str) -> Option<DateValue> {
    let s = s.trim().trim_end_matches('.');
    if s.is_empty() {
        return None;
    }
    let bytes = s.as_bytes();
    // 2020, 2020-01, 2020-01-15
    if bytes.len() >= 4 && bytes[..4].iter().all(u8::is_ascii_digit) {
        let year: i32 = s[..4].parse().ok()?;
        if !(1900..=2100).contains(&year) {
            return None;
        }
        let rest = &s[4..];
        if rest.is_empty() {
            return Some(DateValue { year, month: None, style: DateStyle::YearOnly });
        }
        let mut parts = rest.strip_prefix('-')?.split('-');
        let month: u8 = parts.next()?.parse().ok()?;
        if !(1..=12).contains(&month) {
            return None;
        }
        if let Some(day) = parts.next() {
            let day: u8 = day.parse().ok()?;
            if !(1..=31).contains(&day) || parts.next().is_some() {
                return None;
            }
        }
        return Some(DateValue { year, month: Some(month), style: DateStyle::Iso });
    }
    // 01/2020, 1/2020
    if let Some((m, y)) = s.split_once('/') {
        let month: u8 = m.trim().parse().ok()?;
        let year: i32 = y.trim().parse().ok()?;
        if (1..=12).contains(&month) && (1900..=2100).contains(&year) && y.trim().len() == 4 {
            return Some(DateValue { year, month: Some(month), style: DateStyle::Numeric });
        }
        return None;
    }
    // Jan 2020, January 2020, Sept. 2020, Jan, 2020; with a day too: 01 October 2013, October 1, 2013,
    // March-24-2014 (the day is dropped: profiles date roles by month).
    let spaced = s.replace('-', " ");
    let mut words: Vec<&str> =
        spaced.split(|c: char| c.is_whitespace() || c == ',').filter(|w| !w.is_empty()).collect();
    if words.len() == 3 {
        let is_day = |w: &str| w.len() <= 2 && w.parse::<u8>().is_ok_and(|d| (1..=31).contains(&d));
        let day = words.iter().position(|w| is_day(w))?;
        words.remove(day);
    }
    let [m, y] = words.as_slice() else { return None };
    let m = m.trim_end_matches('.').to_lowercase();
    if y.len() != 4 {
        return None;
    }
    let year: i32 = y.parse().ok()?;
    if !(1900..=2100).contains(&year) || m.len() < 3 {
        return None;
    }
    let idx = MONTHS.iter().position(|full| full.starts_with(&m) && (m.len() == 3 || m == "sept" || *full == m))?;
    let style = if m == MONTHS[idx] && m.len() > 3 { DateStyle::MonthFull } else { DateStyle::MonthAbbrev };
    // "May" is both: call it abbreviated.
    let style = if m == "may" { DateStyle::MonthAbbrev } else { style };
    Some(DateValue { year, month: Some(idx as u8 + 1), style })
}

impl DateValue {
    /// The date written in `style` (`Jan 2020`, `January 2020`, `01/2020`, `2020-01`, `2020`).
    pub fn format(&self, style: DateStyle) -> String {
        let Some(m) = self.month else { return self.year.to_string() };
        let full = MONTHS[usize::from(m - 1)];
        let cap = |s: &str| s[..1].to_uppercase() + &s[1..];
        match style {
            DateStyle::MonthAbbrev => format!("{} {}", cap(&full[..3]), self.year),
            DateStyle::MonthFull => format!("{} {}", cap(full), self.year),
            DateStyle::Numeric => format!("{m:02}/{}", self.year),
            DateStyle::Iso => format!("{}-{m:02}", self.year),
            DateStyle::YearOnly => self.year.to_string(),
        }
    }

    /// The earliest and latest month this date can mean (a bare year spans January to December).
    pub fn month_bounds(&self) -> (i32, i32) {
        match self.month {
            Some(_) => (self.months(), self.months()),
            None => (self.year * 12, self.year * 12 + 11),
        }
    }

    /// A month date (Iso style) from a count of months since year 0.
    pub fn from_months(months: i32) -> DateValue {
        DateValue { year: months.div_euclid(12), month: Some(months.rem_euclid(12) as u8 + 1), style: DateStyle::Iso }
    }
}

/// The current month by the system clock (UTC).
pub fn today() -> DateValue {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    let (year, month) = civil_from_days((secs / 86_400) as i64);
    DateValue { year, month: Some(month), style: DateStyle::Iso }
}

/// Year and month of a day count since 1970-01-01 (Howard Hinnant's `civil_from_days`).
fn civil_from_days(days: i64) -> (i32, u8) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year as i32, month as u8)
}

/// Words that mean "still doing it".
pub fn is_present(s: &str) -> bool {
    matches!(
        s.trim().trim_end_matches('.').to_lowercase().as_str(),
        "present" | "current" | "now" | "today" | "ongoing" | "currently" | "till date" | "to date"
    )
}

/// A date range as written on one line, with where its parts are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParsedRange {
    pub start: DateValue,
    pub end: Option<EndDate>,
    /// Byte range of the dates within the line (the rest may be a location).
    pub dates: Range<usize>,
    /// Byte range of the start date within the line.
    pub start_span: Range<usize>,
    /// Byte range of the end (a date or `Present`) within the line, if written.
    pub end_span: Option<Range<usize>>,
    /// What follows the dates after a `·`, `|`, `,` or `-` separator: usually a location.
    pub rest: Option<Range<usize>>,
}

/// Parses a date line such as `Jan 2021 – Present · Berlin` or `2019–2021`.
pub fn parse_range_line(line: &str) -> Option<ParsedRange> {
    // Every date has a year in digits: most lines of prose have no digit and are no date range.
    if !line.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    // Split off a trailing location after a separator that a date never contains.
    let (dates_part, rest) = match line.find(['·', '|', '•', '(']) {
        Some(i) => (&line[..i], Some(i)),
        None => (line, None),
    };
    let lead = dates_part.len() - dates_part.trim_start().len();
    let dates_str = dates_part.trim();
    let (start_s, end_s) = split_range(dates_str)?;
    let start = parse_date(start_s)?;
    let end = match end_s {
        None => None,
        Some(e) if is_present(e) => Some(EndDate::Present),
        Some(e) => Some(EndDate::Date(parse_date(e)?)),
    };
    let rest = rest.and_then(|i| {
        let sep_len = line[i..].chars().next().map_or(1, char::len_utf8);
        let r = &line[i + sep_len..];
        let r_lead = r.len() - r.trim_start().len();
        let t = r.trim().trim_end_matches(')').trim();
        (!t.is_empty()).then(|| i + sep_len + r_lead..i + sep_len + r_lead + t.len())
    });
    // The parts are slices of `dates_str`, so their offsets follow from their addresses.
    let at = |part: &str| {
        let off = lead + (part.as_ptr() as usize - dates_str.as_ptr() as usize);
        off..off + part.len()
    };
    let start_span = at(start_s);
    let end_span = end_s.map(at);
    Some(ParsedRange { start, end, dates: lead..lead + dates_str.len(), start_span, end_span, rest })
}

/// `a – b`, `a - b`, `a to b`, `a—b`; a lone date is a range with no end.
fn split_range(s: &str) -> Option<(&str, Option<&str>)> {
    for sep in [" to ", " until ", "–", "—", " - "] {
        if let Some((a, b)) = s.split_once(sep) {
            return Some((a.trim(), Some(b.trim())));
        }
    }
    // 2019-2021: a hyphen between two years (not an ISO month).
    if let Some((a, b)) = s.split_once('-') {
        let b_trim = b.trim();
        if a.trim().len() == 4 && (b_trim.len() == 4 || is_present(b_trim)) && parse_date(a).is_some() {
            return Some((a.trim(), Some(b_trim)));
        }
        if let Some(i) = find_iso_range_split(s) {
            return Some((s[..i].trim(), Some(s[i + 1..].trim())));
        }
    }
    if let Some((a, b)) = s.split_once('/')
        && a.trim().len() == 4
        && b.trim().len() == 4
    {
        return Some((a.trim(), Some(b.trim())));
    }
    parse_date(s).map(|_| (s, None))
}

/// `2020-01-2021-03`: the hyphen after a full ISO month is the range separator.
fn find_iso_range_split(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    (b.len() > 8 && b[7] == b'-' && parse_date(&s[..7]).is_some()).then_some(7)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ym(s: &str) -> Option<(i32, Option<u8>, DateStyle)> {
        parse_date(s).map(|d| (d.year, d.month, d.style))
    }

    #[test]
    fn single_dates() {
        assert_eq!(ym("Jan 2020"), Some((2020, Some(1), DateStyle::MonthAbbrev)));
        assert_eq!(ym("January 2020"), Some((2020, Some(1), DateStyle::MonthFull)));
        assert_eq!(ym("Sept. 2019"), Some((2019, Some(9), DateStyle::MonthAbbrev)));
        assert_eq!(ym("03/2017"), Some((2017, Some(3), DateStyle::Numeric)));
        assert_eq!(ym("2020-01"), Some((2020, Some(1), DateStyle::Iso)));
        assert_eq!(ym("2020-01-15"), Some((2020, Some(1), DateStyle::Iso)));
        assert_eq!(ym("2019"), Some((2019, None, DateStyle::YearOnly)));
        assert_eq!(ym("Senior Engineer"), None);
        assert_eq!(ym("13/2020"), None);
        assert_eq!(ym("Marching 2020"), None);
        assert_eq!(ym("01 October 2013"), Some((2013, Some(10), DateStyle::MonthFull)));
        assert_eq!(ym("October 1, 2013"), Some((2013, Some(10), DateStyle::MonthFull)));
        assert_eq!(ym("March-24-2014"), Some((2014, Some(3), DateStyle::MonthFull)));
        assert_eq!(ym("Jan 45 2014"), None);
    }

    #[test]
    fn ranges_with_locations() {
        let r = parse_range_line("Jan 2021 – Present · Berlin").unwrap();
        assert_eq!(r.start.year, 2021);
        assert_eq!(r.end, Some(EndDate::Present));
        assert_eq!(&"Jan 2021 – Present · Berlin"[r.rest.unwrap()], "Berlin");
        let r = parse_range_line("03/2017 - 12/2020").unwrap();
        assert_eq!((r.start.month, r.end), (Some(3), Some(EndDate::Date(parse_date("12/2020").unwrap()))));
        let r = parse_range_line("2019–2021").unwrap();
        assert_eq!(r.start.year, 2019);
        let r = parse_range_line("2020-01 to now").unwrap();
        assert_eq!(r.end, Some(EndDate::Present));
        let r = parse_range_line("2018-2020").unwrap();
        assert_eq!(r.end, Some(EndDate::Date(parse_date("2020").unwrap())));
        let r = parse_range_line("2020-01-2021-03").unwrap();
        assert_eq!(r.end, Some(EndDate::Date(parse_date("2021-03").unwrap())));
        assert!(parse_range_line("Built the payments platform").is_none());
    }

    #[test]
    fn part_spans() {
        let line = "Jan 2021 – Present · Berlin";
        let r = parse_range_line(line).unwrap();
        assert_eq!(&line[r.start_span], "Jan 2021");
        assert_eq!(&line[r.end_span.unwrap()], "Present");
        let line = " 2018-2020";
        let r = parse_range_line(line).unwrap();
        assert_eq!((&line[r.start_span], &line[r.end_span.unwrap()]), ("2018", "2020"));
        assert_eq!(parse_range_line("2019").unwrap().end_span, None);
    }

    #[test]
    fn formats_and_today() {
        let d = parse_date("2020-03").unwrap();
        assert_eq!(d.format(DateStyle::MonthAbbrev), "Mar 2020");
        assert_eq!(d.format(DateStyle::MonthFull), "March 2020");
        assert_eq!(d.format(DateStyle::Numeric), "03/2020");
        assert_eq!(civil_from_days(0), (1970, 1));
        assert_eq!(civil_from_days(19_782), (2024, 2));
        assert!(today().year >= 2024);
    }
}
