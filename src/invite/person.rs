//! What an invitation rule needs to know about a person: their name and what a note could mention
//! (employers, schools, roles, skills, places), from a whole profile or from a name and headline.

use crate::profile::{Field, Profile, SectionKind};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Person {
    /// The full name as given.
    pub name: Option<String>,
    pub headline: Option<String>,
    pub companies: Vec<String>,
    pub schools: Vec<String>,
    pub titles: Vec<String>,
    pub skills: Vec<String>,
    pub locations: Vec<String>,
}

fn push_unique(list: &mut Vec<String>, item: &str) {
    let item = item.trim().trim_matches(|c: char| c == ',' || c == '.' || c == ';');
    if item.chars().filter(|c| c.is_alphanumeric()).count() >= 2 && !list.iter().any(|x| x.eq_ignore_ascii_case(item)) {
        list.push(item.to_string());
    }
}

/// How many words at the start of `name` are titles: one that is never a given name (`Dr`), or another known title
/// (`dictionaries/rules/honorifics.tsv`: `Engr.`, `Chief`, `Herr`) written with a dot or followed by two
/// words or more, so that `Justice Mensah` and `Don Smith` keep their first names.
fn leading_titles(name: &str) -> usize {
    let words: Vec<&str> = name.split_whitespace().collect();
    let mut i = 0;
    while let Some(w) = words.get(i) {
        let core = crate::rules::invite::is_never_a_name(w);
        if !(core || crate::rules::invite::is_title(w) && (w.ends_with('.') || words.len() - i >= 3)) {
            break;
        }
        i += 1;
    }
    i.min(words.len().saturating_sub(1))
}

impl Person {
    /// A person known only by name and headline (`--to-name`, `--to-headline`).
    pub fn from_fields(name: Option<&str>, headline: Option<&str>) -> Person {
        let mut p =
            Person { name: name.map(str::trim).filter(|s| !s.is_empty()).map(str::to_string), ..Person::default() };
        if let Some(h) = headline.map(str::trim).filter(|s| !s.is_empty()) {
            p.learn_headline(h);
        }
        p
    }

    /// Everything a profile says about its person.
    pub fn from_profile(profile: &Profile) -> Person {
        let mut p = Person { name: profile.name.clone(), ..Person::default() };
        if let Some(h) = profile.sections.iter().find(|s| s.kind == SectionKind::Headline && !s.text.trim().is_empty())
        {
            p.learn_headline(&h.text.clone());
        }
        for e in &profile.experience {
            if let Some(c) = &e.company {
                push_unique(&mut p.companies, c);
            }
            if let Some(t) = &e.title {
                push_unique(&mut p.titles, t);
            }
            if let Some(l) = &e.location {
                push_unique(&mut p.locations, l);
            }
        }
        for s in &profile.sections {
            if s.kind == SectionKind::Education && s.field == Field::Name && !s.path.ends_with("location") {
                push_unique(&mut p.schools, &s.text);
            }
            if s.kind == SectionKind::Skills {
                for skill in s.text.split([',', '\n', '·', '|', '•']) {
                    let skill = skill.trim().trim_start_matches(['-', '*']).trim();
                    if skill.split_whitespace().count() <= 4 {
                        push_unique(&mut p.skills, skill);
                    }
                }
            }
        }
        p
    }

    /// `Title at Company | …` → a title and a company; the whole headline is kept too.
    fn learn_headline(&mut self, headline: &str) {
        self.headline = Some(headline.to_string());
        let first = headline.split(['|', '·', '\n']).next().unwrap_or("");
        let split = [" at ", " @ ", ", ", " — ", " – ", " - "].iter().find_map(|sep| first.split_once(sep));
        match split {
            Some((title, org)) => {
                push_unique(&mut self.titles, title);
                if org.chars().next().is_some_and(char::is_uppercase) {
                    push_unique(&mut self.companies, org);
                }
            }
            None => push_unique(&mut self.titles, first),
        }
    }

    /// The first name: the first word of the name after its titles.
    pub fn first_name(&self) -> Option<&str> {
        let name = self.name.as_deref()?;
        name.split_whitespace().nth(leading_titles(name))
    }

    /// Every form of the name a note may use to address the person: each word of the name (the family
    /// name comes first in some cultures) and a nickname written in brackets or quotes.
    pub fn name_forms(&self) -> Vec<String> {
        let Some(name) = &self.name else { return Vec::new() };
        let mut forms = vec![name.clone()];
        let titles: Vec<&str> = name.split_whitespace().take(leading_titles(name)).collect();
        for w in name.split(|c: char| c.is_whitespace() || matches!(c, '(' | ')' | '"' | '“' | '”' | '\'' | ',')) {
            let w = w.trim_matches('.');
            if w.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && !crate::rules::invite::is_never_a_name(w)
                && !titles.iter().any(|t| t.trim_matches('.') == w)
            {
                forms.push(w.to_string());
            }
        }
        // A name with an apostrophe inside (`O'Brien`, `D’Souza`): the split above cut it; keep it whole, with
        // either apostrophe.
        for w in name.split_whitespace() {
            let w = w.trim_matches(|c: char| !c.is_alphabetic());
            if w.contains(['\'', '’']) && w.chars().filter(|c| c.is_alphabetic()).count() >= 3 {
                forms.push(w.replace('’', "'"));
                forms.push(w.replace('\'', "’"));
            }
        }
        forms
    }

    /// Whether there is anything to check a note against beyond the name.
    pub fn has_facts(&self) -> bool {
        !(self.companies.is_empty() && self.schools.is_empty() && self.titles.is_empty())
    }

    /// From a JSON object of a batch line: a JSON Resume (`{"basics": …}`) or
    /// `{"name", "headline", "companies", "schools", "titles", "skills", "locations"}`.
    pub fn from_json(value: &serde_json::Value, name: &str) -> Result<Person, String> {
        let obj = value.as_object().ok_or_else(|| format!("{name}: `to` must be an object"))?;
        if obj.contains_key("basics") {
            let p = crate::profile::json_resume::read(name, value.to_string()).map_err(|e| e.to_string())?;
            return Ok(Person::from_profile(&p));
        }
        let text = |k: &str| -> Result<Option<&str>, String> {
            match obj.get(k) {
                None | Some(serde_json::Value::Null) => Ok(None),
                Some(serde_json::Value::String(s)) => Ok(Some(s.as_str())),
                Some(_) => Err(format!("{name}: `to.{k}` must be a string")),
            }
        };
        let mut p = Person::from_fields(text("name")?, text("headline")?);
        for (key, list) in [
            ("companies", &mut p.companies),
            ("schools", &mut p.schools),
            ("titles", &mut p.titles),
            ("skills", &mut p.skills),
            ("locations", &mut p.locations),
        ] {
            match obj.get(key) {
                None | Some(serde_json::Value::Null) => {}
                Some(serde_json::Value::Array(a)) => {
                    for v in a {
                        let s = v.as_str().ok_or_else(|| format!("{name}: `to.{key}` must be a list of strings"))?;
                        push_unique(list, s);
                    }
                }
                Some(_) => return Err(format!("{name}: `to.{key}` must be a list of strings")),
            }
        }
        for k in obj.keys() {
            if !["name", "headline", "companies", "schools", "titles", "skills", "locations"].contains(&k.as_str()) {
                return Err(format!("{name}: unknown key `to.{k}`"));
            }
        }
        Ok(p)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_headline_gives_title_and_company() {
        let p = Person::from_fields(Some("Dr. Aisha Bello"), Some("Pharmacist at Boots | Community health"));
        assert_eq!(p.first_name(), Some("Aisha"));
        assert_eq!(p.titles, vec!["Pharmacist"]);
        assert_eq!(p.companies, vec!["Boots"]);
        assert!(p.name_forms().contains(&"Bello".to_string()));
    }

    #[test]
    fn a_profile_gives_its_history() {
        let md = "# Jo Park\n\n## Headline\n\nData Engineer at Acme\n\n## Experience\n\n### Analyst — Globex\n\n2018 – 2020\n\n## Education\n\n### BSc Maths — University of Leeds\n\n2014 – 2017\n";
        let p = Person::from_profile(&crate::profile::markdown::read("jo.md", md.into()));
        assert!(p.companies.contains(&"Globex".to_string()) && p.companies.contains(&"Acme".to_string()), "{p:?}");
        assert_eq!(p.schools, vec!["University of Leeds"]);
    }

    #[test]
    fn json_objects_are_checked() {
        let v: serde_json::Value = serde_json::json!({"name": "Sam Lee", "companies": ["Acme"]});
        assert_eq!(Person::from_json(&v, "x").unwrap().companies, vec!["Acme"]);
        let bad = serde_json::json!({"name": "Sam", "employer": "Acme"});
        assert!(Person::from_json(&bad, "stdin:3").unwrap_err().contains("to.employer"));
    }
}
