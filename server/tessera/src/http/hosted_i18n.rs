//! The hosted pages' languages: English, German, French and Arabic (right to left), and
//! how a request picks one.
//!
//! Negotiation follows OpenID Connect Core §3.1.2.1 (`ui_locales`, space-separated BCP 47
//! tags in order of preference) first, then the signed-in person's own profile locale, then
//! the browser's `Accept-Language` (RFC 9110 §12.5.4, by q-value), then the tenant default
//! (English). Only the primary language subtag matters (`de-CH` is German).
//!
//! Texts are keyed; a unit test fails when a locale lacks a key that English has (or has
//! one English lacks), and when a template uses a key that does not exist.

use axum::http::{HeaderMap, header};

use crate::services::password_policy::PasswordProblem;

mod ar;
mod de;
mod en;
mod fr;

/// A supported language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Locale {
    En,
    De,
    Fr,
    Ar,
}

const ALL: [Locale; 4] = [Locale::En, Locale::De, Locale::Fr, Locale::Ar];

impl Locale {
    fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::De => "de",
            Locale::Fr => "fr",
            Locale::Ar => "ar",
        }
    }

    fn texts(self) -> &'static [(&'static str, &'static str)] {
        match self {
            Locale::En => en::TEXTS,
            Locale::De => de::TEXTS,
            Locale::Fr => fr::TEXTS,
            Locale::Ar => ar::TEXTS,
        }
    }

    /// The supported locale a BCP 47 tag names, by its primary subtag.
    fn from_tag(tag: &str) -> Option<Locale> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        ALL.into_iter().find(|l| l.tag() == primary)
    }
}

/// A page's translator: `t` looks a key up, `f` fills the one `{}` of a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tr {
    locale: Locale,
}

impl Default for Tr {
    fn default() -> Self {
        Tr { locale: Locale::En }
    }
}

impl Tr {
    /// The `lang` attribute of `<html>`.
    pub fn lang(&self) -> &'static str {
        self.locale.tag()
    }

    /// The `dir` attribute of `<html>`.
    pub fn dir(&self) -> &'static str {
        match self.locale {
            Locale::Ar => "rtl",
            _ => "ltr",
        }
    }

    /// The text of `key`, in English if this locale lacks it (the tests make sure none does).
    pub fn t(&self, key: &str) -> &'static str {
        lookup(self.locale, key)
            .or_else(|| lookup(Locale::En, key))
            .unwrap_or("")
    }

    /// The text of `key` with `{}` replaced by `value` (escaped later by the template).
    pub fn f(&self, key: &str, value: impl std::fmt::Display) -> String {
        self.t(key).replacen("{}", &value.to_string(), 1)
    }
}

/// A refused new password, in the page's language: the service's typed reason, never its
/// English message.
pub fn password_problem(t: Tr, problem: PasswordProblem) -> String {
    match problem {
        PasswordProblem::TooShort { min } => t.f("password.too_short", min),
        PasswordProblem::TooLong { max } => t.f("password.too_long", max),
        PasswordProblem::ContainsEmail => t.t("password.contains_email").to_owned(),
        PasswordProblem::ContainsName => t.t("password.contains_name").to_owned(),
        PasswordProblem::Common => t.t("password.common").to_owned(),
        PasswordProblem::Breached => t.t("password.breached").to_owned(),
    }
}

fn lookup(locale: Locale, key: &str) -> Option<&'static str> {
    locale
        .texts()
        .iter()
        .find(|(k, _)| *k == key)
        .map(|(_, text)| *text)
}

/// Picks the language of a page: `ui_locales`, then the person's profile locale, then
/// `Accept-Language`, then the tenant's default, then English.
pub fn negotiate(
    ui_locales: Option<&str>,
    preferred: Option<&str>,
    headers: &HeaderMap,
    tenant_default: Option<&str>,
) -> Tr {
    let from_ui = ui_locales
        .into_iter()
        .flat_map(str::split_whitespace)
        .find_map(Locale::from_tag);
    let locale = from_ui
        .or_else(|| preferred.and_then(Locale::from_tag))
        .or_else(|| from_accept_language(headers))
        .or_else(|| tenant_default.and_then(Locale::from_tag))
        .unwrap_or(Locale::En);
    Tr { locale }
}

/// The most preferred supported language of `Accept-Language` (ties keep header order).
fn from_accept_language(headers: &HeaderMap) -> Option<Locale> {
    let mut ranges: Vec<(f32, usize, Locale)> = headers
        .get_all(header::ACCEPT_LANGUAGE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .enumerate()
        .filter_map(|(i, range)| {
            let mut parts = range.split(';');
            let locale = Locale::from_tag(parts.next()?)?;
            let q = parts
                .find_map(|p| p.trim().strip_prefix("q="))
                .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())?;
            (q > 0.0).then_some((q, i, locale))
        })
        .collect();
    ranges.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    ranges.first().map(|(_, _, locale)| *locale)
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use axum::http::HeaderValue;

    use super::*;

    fn keys(locale: Locale) -> BTreeSet<&'static str> {
        locale.texts().iter().map(|(k, _)| *k).collect()
    }

    #[test]
    fn every_locale_has_exactly_the_english_keys() {
        let english = keys(Locale::En);
        assert_eq!(
            english.len(),
            Locale::En.texts().len(),
            "duplicate English key"
        );
        for locale in ALL {
            let theirs = keys(locale);
            let missing: Vec<_> = english.difference(&theirs).collect();
            let extra: Vec<_> = theirs.difference(&english).collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "{locale:?}: missing {missing:?}, unknown {extra:?}"
            );
            assert_eq!(
                theirs.len(),
                locale.texts().len(),
                "{locale:?} repeats a key"
            );
            for (key, text) in locale.texts() {
                assert!(!text.trim().is_empty(), "{locale:?} {key} is empty");
                let english = Tr::default().t(key);
                assert_eq!(
                    text.matches("{}").count(),
                    english.matches("{}").count(),
                    "{locale:?} {key}: placeholders differ from English"
                );
            }
        }
    }

    #[test]
    fn templates_use_only_known_keys() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/templates/hosted");
        let english = keys(Locale::En);
        let mut used = 0;
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let text = std::fs::read_to_string(&path).unwrap();
            for call in ["t.t(\"", "t.f(\""] {
                for piece in text.split(call).skip(1) {
                    let key = piece.split('"').next().unwrap();
                    used += 1;
                    assert!(
                        english.contains(key),
                        "{}: unknown key {key}",
                        path.display()
                    );
                }
            }
        }
        assert!(used > 50, "the scan found only {used} keys");
    }

    fn accept(value: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::ACCEPT_LANGUAGE,
            HeaderValue::from_str(value).unwrap(),
        );
        headers
    }

    #[test]
    fn ui_locales_then_profile_then_accept_language_then_english() {
        let german = accept("de-CH, en;q=0.5");
        assert_eq!(
            negotiate(Some("xx fr-CA"), Some("ar"), &german, None).lang(),
            "fr"
        );
        assert_eq!(
            negotiate(Some("xx"), Some("ar"), &german, None).lang(),
            "ar"
        );
        assert_eq!(negotiate(None, None, &german, None).lang(), "de");
        assert_eq!(
            negotiate(None, None, &accept("ja, zh;q=0.9"), None).lang(),
            "en"
        );
        assert_eq!(negotiate(None, None, &HeaderMap::new(), None).lang(), "en");
        assert_eq!(
            negotiate(None, None, &HeaderMap::new(), Some("fr")).lang(),
            "fr"
        );
        assert_eq!(
            negotiate(None, None, &accept("ja"), Some("de")).lang(),
            "de"
        );
        assert_eq!(negotiate(None, None, &german, Some("fr")).lang(), "de");
    }

    #[test]
    fn accept_language_is_ordered_by_q_value() {
        assert_eq!(
            negotiate(None, None, &accept("en;q=0.2, fr;q=0.9, de"), None).lang(),
            "de"
        );
        assert_eq!(
            negotiate(None, None, &accept("en;q=0.2, fr;q=0.9"), None).lang(),
            "fr"
        );
        assert_eq!(
            negotiate(None, None, &accept("fr;q=0, de;q=0.1"), None).lang(),
            "de"
        );
        assert_eq!(
            negotiate(None, None, &accept("fr;q=bogus, de;q=0.1"), None).lang(),
            "de"
        );
    }

    #[test]
    fn arabic_is_right_to_left() {
        let ar = negotiate(Some("ar"), None, &HeaderMap::new(), None);
        assert_eq!((ar.lang(), ar.dir()), ("ar", "rtl"));
        assert_eq!(Tr::default().dir(), "ltr");
        assert_eq!(ar.f("consent.heading", "X"), "يطلب X الوصول إلى حسابك");
    }

    #[test]
    fn refused_passwords_are_explained_in_the_page_language() {
        let kinds = [
            PasswordProblem::TooShort { min: 12 },
            PasswordProblem::TooLong { max: 64 },
            PasswordProblem::ContainsEmail,
            PasswordProblem::ContainsName,
            PasswordProblem::Common,
            PasswordProblem::Breached,
        ];
        for locale in ALL {
            let t = Tr { locale };
            let texts: BTreeSet<String> = kinds.iter().map(|k| password_problem(t, *k)).collect();
            assert_eq!(texts.len(), kinds.len(), "{locale:?}: one text per kind");
            for kind in kinds {
                let text = password_problem(t, kind);
                assert!(
                    !text.is_empty() && !text.contains("{}"),
                    "{locale:?} {kind:?}"
                );
                assert_ne!(
                    text,
                    kind.message(),
                    "{locale:?} {kind:?}: not the API's text"
                );
            }
        }
        let de = Tr { locale: Locale::De };
        assert_eq!(
            password_problem(de, PasswordProblem::TooShort { min: 12 }),
            "Verwenden Sie mindestens 12 Zeichen."
        );
    }
}
