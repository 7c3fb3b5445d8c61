//! A headless "user agent" that walks an authorization request through any provider's HTML
//! pages: it follows redirects with a cookie jar, finds the form on each page, keeps its
//! hidden inputs (CSRF tokens, interaction ids), fills the sign-in fields, presses the
//! approving button of a consent form, and stops when the provider redirects to the client's
//! redirect URI, which is never fetched.
//!
//! Nothing here knows a provider: field names are configurable (Tessera's hosted page uses
//! `email`/`password`, oidc-provider's dev pages `login`/`password`), and the common names are
//! tried after the configured one.

use reqwest::header::LOCATION;
use scraper::{ElementRef, Html, Selector};
use url::Url;

use crate::context::{Reply, build_http, read, snippet};

/// How many pages and redirects one authorization may take before we call it a loop.
const MAX_STEPS: usize = 25;
const LOGIN_FIELD_GUESSES: &[&str] = &["email", "login", "username", "user", "identifier"];
const APPROVE_WORDS: &[&str] = &["allow", "accept", "approve", "yes", "continue", "consent"];

pub struct UserAgent {
    http: reqwest::Client,
    login_field: String,
    password_field: String,
    username: String,
    password: String,
}

/// Where an authorization request ended.
#[derive(Debug)]
pub enum Ending {
    /// The provider redirected to the redirect URI; the full URL with its query.
    Callback(Url),
    /// A page the agent could not or should not go past (an error page, a page with no form).
    Stopped {
        status: u16,
        url: String,
        body: String,
    },
}

/// What the agent did on the way, for checks such as "prompt=none shows no page".
#[derive(Debug, Default)]
pub struct Trace {
    pub forms_submitted: usize,
    pub password_forms: usize,
}

impl UserAgent {
    pub fn new(
        timeout: std::time::Duration,
        login_field: &str,
        password_field: &str,
        username: &str,
        password: &str,
    ) -> Result<UserAgent, String> {
        Ok(UserAgent {
            http: build_http(timeout, true)?,
            login_field: login_field.to_owned(),
            password_field: password_field.to_owned(),
            username: username.to_owned(),
            password: password.to_owned(),
        })
    }

    /// Follows `start` until the redirect URI is reached or a page stops us.
    pub async fn run(&self, start: &str, redirect_uri: &str) -> Result<(Ending, Trace), String> {
        let mut trace = Trace::default();
        let mut url = Url::parse(start).map_err(|e| format!("bad URL {start}: {e}"))?;
        let mut reply = read(self.http.get(url.clone()).send().await).await?;
        for _ in 0..MAX_STEPS {
            if (300..400).contains(&reply.status) {
                let location = reply
                    .header(LOCATION.as_str())
                    .ok_or_else(|| format!("HTTP {} without Location at {url}", reply.status))?;
                let next = url
                    .join(location)
                    .map_err(|e| format!("bad Location {location}: {e}"))?;
                if is_redirect_uri(&next, redirect_uri) {
                    return Ok((Ending::Callback(next), trace));
                }
                url = next;
                reply = read(self.http.get(url.clone()).send().await).await?;
                continue;
            }
            if reply.status != 200 || !reply.media_type().contains("html") {
                return Ok((stopped(&reply, &url), trace));
            }
            let Some(submission) = self.fill_form(&reply.text, &url, &mut trace)? else {
                return Ok((stopped(&reply, &url), trace));
            };
            if trace.password_forms > 3 {
                return Err(format!(
                    "the sign-in form came back {} times: the credentials were refused? Page: {}",
                    trace.password_forms,
                    snippet(&visible_text(&reply.text))
                ));
            }
            trace.forms_submitted += 1;
            let request = if submission.method == "post" {
                self.http
                    .post(submission.action.clone())
                    .form(&submission.fields)
            } else {
                let mut target = submission.action.clone();
                target
                    .query_pairs_mut()
                    .extend_pairs(submission.fields.iter());
                self.http.get(target)
            };
            url = submission.action;
            reply = read(request.send().await).await?;
        }
        Err(format!(
            "no redirect to the client after {MAX_STEPS} steps (a loop?) at {url}"
        ))
    }

    /// The submission of the page's one actionable form, or None when it has none.
    fn fill_form(
        &self,
        html: &str,
        page: &Url,
        trace: &mut Trace,
    ) -> Result<Option<Submission>, String> {
        let document = Html::parse_document(html);
        let forms = select_all(document.root_element(), "form");
        // A sign-in form (has a password input) first, then any form with a submit control.
        let chosen = forms
            .iter()
            .find(|f| !select_all(**f, "input[type=password]").is_empty())
            .or_else(|| forms.iter().find(|f| submit_control(f).is_some()))
            .or_else(|| forms.first());
        let Some(form) = chosen else {
            return Ok(None);
        };
        let action = match form.value().attr("action") {
            Some(a) if !a.is_empty() => page
                .join(a)
                .map_err(|e| format!("bad form action {a}: {e}"))?,
            _ => page.clone(),
        };
        let method = form
            .value()
            .attr("method")
            .unwrap_or("get")
            .to_ascii_lowercase();
        let mut fields: Vec<(String, String)> = Vec::new();
        let mut has_password = false;
        let inputs = select_all(*form, "input[name]");
        let names: Vec<String> = inputs
            .iter()
            .filter_map(|i| i.value().attr("name").map(str::to_owned))
            .collect();
        let login_name = std::iter::once(self.login_field.as_str())
            .chain(LOGIN_FIELD_GUESSES.iter().copied())
            .find(|n| names.iter().any(|m| m == n))
            .map(str::to_owned);
        for input in &inputs {
            let el = input.value();
            let name = el.attr("name").unwrap_or_default().to_owned();
            let kind = el.attr("type").unwrap_or("text").to_ascii_lowercase();
            match kind.as_str() {
                "submit" | "button" | "image" | "reset" | "file" => continue,
                "checkbox" | "radio" if el.attr("checked").is_none() => continue,
                // The configured name, or the form's only password input.
                "password" if name == self.password_field || !has_password => {
                    has_password = true;
                    fields.push((name, self.password.clone()));
                }
                _ if Some(&name) == login_name.as_ref() => {
                    fields.push((name, self.username.clone()));
                }
                _ => fields.push((name, el.attr("value").unwrap_or_default().to_owned())),
            }
        }
        if has_password {
            trace.password_forms += 1;
        }
        if let Some(Some((name, value))) = submit_control(form) {
            fields.push((name, value));
        }
        Ok(Some(Submission {
            action,
            method,
            fields,
        }))
    }
}

struct Submission {
    action: Url,
    method: String,
    fields: Vec<(String, String)>,
}

/// The submit control to press: the one that approves (`decision=allow`, "Continue"...), else
/// the first. Its `(name, value)` is submitted when it has a name (HTML §4.10.21.4).
fn submit_control(form: &ElementRef) -> Option<Option<(String, String)>> {
    let buttons: Vec<(String, String, String)> = select_all(*form, "button, input[type=submit]")
        .into_iter()
        .filter(|b| {
            b.value()
                .attr("type")
                .is_none_or(|t| t.eq_ignore_ascii_case("submit"))
        })
        .map(|b| {
            (
                b.value().attr("name").unwrap_or_default().to_owned(),
                b.value().attr("value").unwrap_or_default().to_owned(),
                b.text().collect::<String>().trim().to_ascii_lowercase(),
            )
        })
        .collect();
    let approves = |(_, value, text): &&(String, String, String)| {
        let value = value.to_ascii_lowercase();
        APPROVE_WORDS
            .iter()
            .any(|w| value == *w || text.starts_with(w))
    };
    let (name, value, _) = buttons.iter().find(approves).or_else(|| buttons.first())?;
    Some((!name.is_empty()).then(|| (name.clone(), value.clone())))
}

/// Compares scheme, host, port and path: the provider may add any query.
fn is_redirect_uri(candidate: &Url, redirect_uri: &str) -> bool {
    let Ok(expected) = Url::parse(redirect_uri) else {
        return false;
    };
    candidate.scheme() == expected.scheme()
        && candidate.host_str() == expected.host_str()
        && candidate.port_or_known_default() == expected.port_or_known_default()
        && candidate.path() == expected.path()
}

fn stopped(reply: &Reply, url: &Url) -> Ending {
    Ending::Stopped {
        status: reply.status,
        url: url.to_string(),
        body: reply.text.clone(),
    }
}

/// The elements under `root` matching `css` (a literal of this module: the unit tests parse
/// every one, so an unparsable selector cannot hide here).
fn select_all<'a>(root: ElementRef<'a>, css: &str) -> Vec<ElementRef<'a>> {
    match Selector::parse(css) {
        Ok(selector) => root.select(&selector).collect(),
        Err(_) => Vec::new(),
    }
}

/// The text a person would read on a page, for error messages.
pub fn visible_text(html: &str) -> String {
    let document = Html::parse_document(html);
    match select_all(document.root_element(), "body").first() {
        Some(body) => body.text().collect::<Vec<_>>().join(" "),
        None => html.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn agent() -> UserAgent {
        UserAgent::new(
            std::time::Duration::from_secs(1),
            "email",
            "password",
            "u@example.com",
            "pw",
        )
        .unwrap()
    }

    #[test]
    fn fills_a_sign_in_form_keeping_hidden_inputs() {
        let html = r#"<html><body><form method="post" action="/t/a/login?i=1">
            <input type="hidden" name="csrf_token" value="c1">
            <input type="hidden" name="interaction" value="x9">
            <input type="email" name="email"><input type="password" name="password">
            <input type="checkbox" name="remember">
            <button type="submit">Sign in</button></form></body></html>"#;
        let page = Url::parse("http://h/t/a/oauth/authorize?x=1").unwrap();
        let mut trace = Trace::default();
        let s = agent().fill_form(html, &page, &mut trace).unwrap().unwrap();
        assert_eq!(s.action.as_str(), "http://h/t/a/login?i=1");
        assert_eq!(s.method, "post");
        assert_eq!(
            s.fields,
            vec![
                ("csrf_token".to_owned(), "c1".to_owned()),
                ("interaction".to_owned(), "x9".to_owned()),
                ("email".to_owned(), "u@example.com".to_owned()),
                ("password".to_owned(), "pw".to_owned()),
            ]
        );
        assert_eq!(trace.password_forms, 1);
    }

    #[test]
    fn presses_the_approving_button_and_guesses_login_names() {
        let consent = r#"<form method="post" action="/consent"><input type="hidden" name="csrf_token" value="c">
            <button type="submit" name="decision" value="deny">Deny</button>
            <button type="submit" name="decision" value="allow">Allow</button></form>"#;
        let page = Url::parse("http://h/p").unwrap();
        let s = agent()
            .fill_form(consent, &page, &mut Trace::default())
            .unwrap()
            .unwrap();
        assert!(
            s.fields
                .contains(&("decision".to_owned(), "allow".to_owned()))
        );
        assert!(
            !s.fields
                .contains(&("decision".to_owned(), "deny".to_owned()))
        );

        // oidc-provider's development pages.
        let login = r#"<form autocomplete="off" action="/interaction/u1/login" method="post">
            <input required type="text" name="login"><input required type="password" name="password">
            <button type="submit" class="login login-submit">Sign-in</button></form>"#;
        let s = agent()
            .fill_form(login, &page, &mut Trace::default())
            .unwrap()
            .unwrap();
        assert!(
            s.fields
                .contains(&("login".to_owned(), "u@example.com".to_owned()))
        );
        let confirm = r#"<form autocomplete="off" action="/interaction/u1/confirm" method="post">
            <button autofocus type="submit" class="login login-submit">Continue</button></form>"#;
        let s = agent()
            .fill_form(confirm, &page, &mut Trace::default())
            .unwrap()
            .unwrap();
        assert!(s.fields.is_empty());
        assert_eq!(s.action.as_str(), "http://h/interaction/u1/confirm");
        assert!(
            agent()
                .fill_form("<p>no form</p>", &page, &mut Trace::default())
                .unwrap()
                .is_none()
        );
    }

    #[test]
    fn redirect_uri_match_ignores_the_query_only() {
        let cb = "http://127.0.0.1:9/cb";
        assert!(is_redirect_uri(
            &Url::parse("http://127.0.0.1:9/cb?code=1").unwrap(),
            cb
        ));
        assert!(!is_redirect_uri(
            &Url::parse("http://127.0.0.1:9/cb/x").unwrap(),
            cb
        ));
        assert!(!is_redirect_uri(
            &Url::parse("http://127.0.0.1:8/cb").unwrap(),
            cb
        ));
    }
}
