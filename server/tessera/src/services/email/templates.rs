//! The messages: built-in templates (askama, one layout for all messages, with a catalogue of
//! translated sentences per locale), and a tenant's own overrides per template and locale.
//!
//! Lookup, for a user whose locale is `de-AT`: the candidates are `de-at`, `de`, then `en`;
//! for each in turn, the tenant's override wins over the built-in, and the first one that
//! exists is used. Built-ins exist for `en`, `de` and `fr`, so the lookup always ends.

use askama::Template as _;
use serde_json::json;
use tessera_store::{EmailTemplateRecord, TenantRecord};
use tessera_wire::{EmailTemplate, EmailTemplateList, FieldError, PutEmailTemplate};

use super::super::audit::{self, Context};
use super::super::{App, Result, ServiceError, tenants};
use crate::clock::from_unix;

/// The messages the server sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Template {
    VerifyEmail,
    PasswordReset,
    MagicLink,
    EmailCode,
    /// The link that confirms a self-service signup.
    SignupConfirm,
    /// Sent instead when someone signs up with an address that already has an account; it
    /// carries a password-reset link.
    SignupExistingAccount,
    /// An invitation to join an organization; the link carries the invitation token.
    OrganizationInvitation,
    /// Sent to the new address of a self-service email change: the link confirms it.
    EmailChange,
    /// Sent to the current address when a change is asked for: no link, and `email` is the
    /// new address masked (`n***@example.com`).
    EmailChangeNotice,
}

impl Template {
    pub const ALL: [Template; 9] = [
        Template::VerifyEmail,
        Template::PasswordReset,
        Template::MagicLink,
        Template::EmailCode,
        Template::SignupConfirm,
        Template::SignupExistingAccount,
        Template::OrganizationInvitation,
        Template::EmailChange,
        Template::EmailChangeNotice,
    ];

    pub const fn name(self) -> &'static str {
        match self {
            Template::VerifyEmail => "verify_email",
            Template::PasswordReset => "password_reset",
            Template::MagicLink => "magic_link",
            Template::EmailCode => "email_code",
            Template::SignupConfirm => "signup_confirm",
            Template::SignupExistingAccount => "signup_existing_account",
            Template::OrganizationInvitation => "organization_invitation",
            Template::EmailChange => "email_change",
            Template::EmailChangeNotice => "email_change_notice",
        }
    }

    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.name() == name)
    }

    /// The variable the message exists to carry: `link` or `code`; a notice carries neither.
    const fn payload(self) -> Option<&'static str> {
        match self {
            Template::EmailCode => Some("code"),
            Template::EmailChangeNotice => None,
            _ => Some("link"),
        }
    }
}

/// What a message is filled with.
#[derive(Debug, Clone)]
pub struct Vars<'a> {
    pub tenant_name: &'a str,
    pub email: &'a str,
    pub name: Option<&'a str>,
    pub link: Option<&'a str>,
    pub code: Option<&'a str>,
    pub expires_minutes: i64,
    /// The organization's name, in invitations.
    pub organization: Option<&'a str>,
}

impl Vars<'_> {
    fn get(&self, variable: &str) -> Option<String> {
        match variable {
            "tenant_name" => Some(self.tenant_name.to_owned()),
            "email" => Some(self.email.to_owned()),
            "name" => Some(self.name.unwrap_or_default().to_owned()),
            "link" => self.link.map(str::to_owned),
            "code" => self.code.map(str::to_owned),
            "expires_minutes" => Some(self.expires_minutes.to_string()),
            "organization" => Some(self.organization.unwrap_or_default().to_owned()),
            _ => None,
        }
    }
}

const VARIABLES: [&str; 7] = [
    "tenant_name",
    "email",
    "name",
    "link",
    "code",
    "expires_minutes",
    "organization",
];

/// A message's three parts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    pub subject: String,
    pub text: String,
    pub html: String,
    /// The locale of the template used.
    pub locale: String,
}

/// `de-AT` → `["de-at", "de", "en"]`; no or a malformed locale → `["en"]`.
fn candidates(locale: Option<&str>) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(locale) = locale.map(|l| l.trim().to_ascii_lowercase().replace('_', "-"))
        && valid_locale(&locale)
    {
        if let Some((language, _)) = locale.split_once('-') {
            out.push(locale.clone());
            out.push(language.to_owned());
        } else {
            out.push(locale);
        }
    }
    if !out.iter().any(|l| l == "en") {
        out.push("en".to_owned());
    }
    out
}

/// A BCP 47 shape: a 2-8 letter language and 1-8 alphanumeric subtags, at most 35 characters.
fn valid_locale(locale: &str) -> bool {
    let mut parts = locale.split('-');
    let language_ok = parts
        .next()
        .is_some_and(|l| (2..=8).contains(&l.len()) && l.chars().all(|c| c.is_ascii_alphabetic()));
    language_ok
        && locale.len() <= 35
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// Renders `template` for a user of `tenant` whose locale is `locale`.
pub async fn render(
    app: &App,
    tenant: &TenantRecord,
    template: Template,
    locale: Option<&str>,
    vars: &Vars<'_>,
) -> Result<Rendered> {
    for candidate in candidates(locale) {
        if let Some(custom) = app
            .db
            .email_template(&tenant.id, template.name(), &candidate)
            .await?
        {
            return Ok(Rendered {
                subject: one_line(&substitute(&custom.subject, vars, false)),
                text: substitute(&custom.text_body, vars, false),
                html: substitute(&custom.html_body, vars, true),
                locale: candidate,
            });
        }
        if let Some(rendered) = builtin(template, &candidate, vars)? {
            return Ok(rendered);
        }
    }
    builtin(template, "en", vars)?
        .ok_or_else(|| ServiceError::Internal("the built-in English templates are missing".into()))
}

fn one_line(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect::<String>()
        .trim()
        .to_owned()
}

// ---------------------------------------------------------------------------------------
// Built-in templates.

#[derive(askama::Template)]
#[template(path = "email/message.txt")]
struct TextMessage<'a> {
    greeting: &'a str,
    intro: &'a str,
    action_url: Option<&'a str>,
    code: Option<&'a str>,
    expiry: &'a str,
    ignore: &'a str,
    tenant_name: &'a str,
}

#[derive(askama::Template)]
#[template(path = "email/message.html")]
struct HtmlMessage<'a> {
    lang: &'a str,
    subject: &'a str,
    greeting: &'a str,
    intro: &'a str,
    action_label: &'a str,
    action_url: Option<&'a str>,
    code: Option<&'a str>,
    expiry: &'a str,
    ignore: &'a str,
    tenant_name: &'a str,
}

/// The sentences of one message in one language. `{tenant}`, `{email}`, `{name}` and
/// `{duration}` are filled in.
struct Sentences {
    subject: &'static str,
    greeting: &'static str,
    greeting_named: &'static str,
    intro: &'static str,
    action: &'static str,
    expiry: &'static str,
    ignore: &'static str,
}

fn duration(locale: &str, minutes: i64) -> String {
    let hours = minutes / 60;
    let whole_hours = minutes >= 60 && minutes % 60 == 0;
    match (locale, whole_hours) {
        ("de", true) if hours == 1 => "einer Stunde".to_owned(),
        ("de", true) => format!("{hours} Stunden"),
        ("de", false) => format!("{minutes} Minuten"),
        ("fr", true) if hours == 1 => "une heure".to_owned(),
        ("fr", true) => format!("{hours} heures"),
        ("fr", false) => format!("{minutes} minutes"),
        (_, true) if hours == 1 => "1 hour".to_owned(),
        (_, true) => format!("{hours} hours"),
        (_, false) => format!("{minutes} minutes"),
    }
}

fn sentences(template: Template, locale: &str) -> Option<Sentences> {
    use Template::*;
    let s = match (locale, template) {
        ("en", VerifyEmail) => Sentences {
            subject: "Verify your email address for {tenant}",
            greeting: "Hello,",
            greeting_named: "Hello {name},",
            intro: "Please confirm that {email} is your email address by opening this link:",
            action: "Verify email address",
            expiry: "The link works once and expires in {duration}.",
            ignore: "If you did not ask for this, you can ignore this message.",
        },
        ("en", PasswordReset) => Sentences {
            subject: "Reset your {tenant} password",
            greeting: "Hello,",
            greeting_named: "Hello {name},",
            intro: "Someone asked to reset the password of the {tenant} account {email}. To choose a new password, open this link:",
            action: "Choose a new password",
            expiry: "The link works once and expires in {duration}.",
            ignore: "If you did not ask for this, ignore this message: your password stays as it is.",
        },
        ("en", MagicLink) => Sentences {
            subject: "Your sign-in link for {tenant}",
            greeting: "Hello,",
            greeting_named: "Hello {name},",
            intro: "Open this link to sign in to {tenant} as {email}:",
            action: "Sign in",
            expiry: "The link works once and expires in {duration}.",
            ignore: "If you did not ask for this, you can ignore this message.",
        },
        ("en", EmailCode) => Sentences {
            subject: "Your sign-in code for {tenant}",
            greeting: "Hello,",
            greeting_named: "Hello {name},",
            intro: "Enter this code to sign in to {tenant} as {email}:",
            action: "",
            expiry: "The code works once and expires in {duration}.",
            ignore: "If you did not ask for this, you can ignore this message. Never share this code with anyone.",
        },
        ("de", VerifyEmail) => Sentences {
            subject: "Bestätigen Sie Ihre E-Mail-Adresse für {tenant}",
            greeting: "Hallo,",
            greeting_named: "Hallo {name},",
            intro: "Bitte bestätigen Sie, dass {email} Ihre E-Mail-Adresse ist, indem Sie diesen Link öffnen:",
            action: "E-Mail-Adresse bestätigen",
            expiry: "Der Link funktioniert einmal und läuft in {duration} ab.",
            ignore: "Wenn Sie das nicht angefordert haben, können Sie diese Nachricht ignorieren.",
        },
        ("de", PasswordReset) => Sentences {
            subject: "Setzen Sie Ihr Passwort für {tenant} zurück",
            greeting: "Hallo,",
            greeting_named: "Hallo {name},",
            intro: "Jemand hat angefordert, das Passwort des {tenant}-Kontos {email} zurückzusetzen. Um ein neues Passwort zu wählen, öffnen Sie diesen Link:",
            action: "Neues Passwort wählen",
            expiry: "Der Link funktioniert einmal und läuft in {duration} ab.",
            ignore: "Wenn Sie das nicht angefordert haben, ignorieren Sie diese Nachricht: Ihr Passwort bleibt unverändert.",
        },
        ("de", MagicLink) => Sentences {
            subject: "Ihr Anmeldelink für {tenant}",
            greeting: "Hallo,",
            greeting_named: "Hallo {name},",
            intro: "Öffnen Sie diesen Link, um sich bei {tenant} als {email} anzumelden:",
            action: "Anmelden",
            expiry: "Der Link funktioniert einmal und läuft in {duration} ab.",
            ignore: "Wenn Sie das nicht angefordert haben, können Sie diese Nachricht ignorieren.",
        },
        ("de", EmailCode) => Sentences {
            subject: "Ihr Anmeldecode für {tenant}",
            greeting: "Hallo,",
            greeting_named: "Hallo {name},",
            intro: "Geben Sie diesen Code ein, um sich bei {tenant} als {email} anzumelden:",
            action: "",
            expiry: "Der Code funktioniert einmal und läuft in {duration} ab.",
            ignore: "Wenn Sie das nicht angefordert haben, können Sie diese Nachricht ignorieren. Geben Sie diesen Code niemals weiter.",
        },
        ("fr", VerifyEmail) => Sentences {
            subject: "Confirmez votre adresse e-mail pour {tenant}",
            greeting: "Bonjour,",
            greeting_named: "Bonjour {name},",
            intro: "Veuillez confirmer que {email} est bien votre adresse e-mail en ouvrant ce lien :",
            action: "Confirmer l’adresse e-mail",
            expiry: "Le lien ne fonctionne qu’une fois et expire dans {duration}.",
            ignore: "Si vous n’êtes pas à l’origine de cette demande, vous pouvez ignorer ce message.",
        },
        ("fr", PasswordReset) => Sentences {
            subject: "Réinitialisez votre mot de passe {tenant}",
            greeting: "Bonjour,",
            greeting_named: "Bonjour {name},",
            intro: "Quelqu’un a demandé la réinitialisation du mot de passe du compte {tenant} {email}. Pour choisir un nouveau mot de passe, ouvrez ce lien :",
            action: "Choisir un nouveau mot de passe",
            expiry: "Le lien ne fonctionne qu’une fois et expire dans {duration}.",
            ignore: "Si vous n’êtes pas à l’origine de cette demande, ignorez ce message : votre mot de passe reste inchangé.",
        },
        ("fr", MagicLink) => Sentences {
            subject: "Votre lien de connexion à {tenant}",
            greeting: "Bonjour,",
            greeting_named: "Bonjour {name},",
            intro: "Ouvrez ce lien pour vous connecter à {tenant} en tant que {email} :",
            action: "Se connecter",
            expiry: "Le lien ne fonctionne qu’une fois et expire dans {duration}.",
            ignore: "Si vous n’êtes pas à l’origine de cette demande, vous pouvez ignorer ce message.",
        },
        ("fr", EmailCode) => Sentences {
            subject: "Votre code de connexion à {tenant}",
            greeting: "Bonjour,",
            greeting_named: "Bonjour {name},",
            intro: "Saisissez ce code pour vous connecter à {tenant} en tant que {email} :",
            action: "",
            expiry: "Le code ne fonctionne qu’une fois et expire dans {duration}.",
            ignore: "Si vous n’êtes pas à l’origine de cette demande, vous pouvez ignorer ce message. Ne communiquez jamais ce code.",
        },
        ("en", SignupConfirm) => Sentences {
            subject: "Finish signing up for {tenant}",
            greeting: "Hello,",
            greeting_named: "Hello {name},",
            intro: "Someone asked to create a {tenant} account for {email}. To confirm the address and finish signing up, open this link:",
            action: "Finish signing up",
            expiry: "The link works once and expires in {duration}.",
            ignore: "If you did not ask for this, ignore this message: no account is created.",
        },
        ("en", SignupExistingAccount) => Sentences {
            subject: "You already have a {tenant} account",
            greeting: "Hello,",
            greeting_named: "Hello {name},",
            intro: "Someone tried to sign up for {tenant} with {email}, but this address already has an account, so no new one was created. Sign in with your password or, if you forgot it, choose a new one with this link:",
            action: "Choose a new password",
            expiry: "The link works once and expires in {duration}.",
            ignore: "If you did not try to sign up, ignore this message: your account and password stay as they are.",
        },
        ("de", SignupConfirm) => Sentences {
            subject: "Schließen Sie Ihre Registrierung bei {tenant} ab",
            greeting: "Hallo,",
            greeting_named: "Hallo {name},",
            intro: "Jemand hat ein {tenant}-Konto für {email} angelegt. Um die Adresse zu bestätigen und die Registrierung abzuschließen, öffnen Sie diesen Link:",
            action: "Registrierung abschließen",
            expiry: "Der Link funktioniert einmal und läuft in {duration} ab.",
            ignore: "Wenn Sie das nicht angefordert haben, ignorieren Sie diese Nachricht: Es wird kein Konto angelegt.",
        },
        ("de", SignupExistingAccount) => Sentences {
            subject: "Sie haben bereits ein Konto bei {tenant}",
            greeting: "Hallo,",
            greeting_named: "Hallo {name},",
            intro: "Jemand wollte sich bei {tenant} mit {email} registrieren, aber für diese Adresse gibt es bereits ein Konto; es wurde kein neues angelegt. Melden Sie sich mit Ihrem Passwort an oder wählen Sie, falls Sie es vergessen haben, mit diesem Link ein neues:",
            action: "Neues Passwort wählen",
            expiry: "Der Link funktioniert einmal und läuft in {duration} ab.",
            ignore: "Wenn Sie sich nicht registrieren wollten, ignorieren Sie diese Nachricht: Ihr Konto und Ihr Passwort bleiben unverändert.",
        },
        ("fr", SignupConfirm) => Sentences {
            subject: "Terminez votre inscription à {tenant}",
            greeting: "Bonjour,",
            greeting_named: "Bonjour {name},",
            intro: "Quelqu’un a demandé la création d’un compte {tenant} pour {email}. Pour confirmer l’adresse et terminer l’inscription, ouvrez ce lien :",
            action: "Terminer l’inscription",
            expiry: "Le lien ne fonctionne qu’une fois et expire dans {duration}.",
            ignore: "Si vous n’êtes pas à l’origine de cette demande, ignorez ce message : aucun compte n’est créé.",
        },
        ("fr", SignupExistingAccount) => Sentences {
            subject: "Vous avez déjà un compte {tenant}",
            greeting: "Bonjour,",
            greeting_named: "Bonjour {name},",
            intro: "Quelqu’un a tenté de s’inscrire à {tenant} avec {email}, mais cette adresse a déjà un compte ; aucun nouveau compte n’a été créé. Connectez-vous avec votre mot de passe ou, si vous l’avez oublié, choisissez-en un nouveau avec ce lien :",
            action: "Choisir un nouveau mot de passe",
            expiry: "Le lien ne fonctionne qu’une fois et expire dans {duration}.",
            ignore: "Si vous n’avez pas tenté de vous inscrire, ignorez ce message : votre compte et votre mot de passe restent inchangés.",
        },
        ("en", OrganizationInvitation) => Sentences {
            subject: "You are invited to join {organization} on {tenant}",
            greeting: "Hello,",
            greeting_named: "Hello {name},",
            intro: "You have been invited to join the organization {organization} on {tenant} as {email}. To accept, open this link:",
            action: "Accept the invitation",
            expiry: "The link works once and expires in {duration}.",
            ignore: "If you do not want to join, ignore this message: nothing happens until you accept.",
        },
        ("de", OrganizationInvitation) => Sentences {
            subject: "Einladung zu {organization} bei {tenant}",
            greeting: "Hallo,",
            greeting_named: "Hallo {name},",
            intro: "Sie wurden eingeladen, der Organisation {organization} bei {tenant} als {email} beizutreten. Um die Einladung anzunehmen, öffnen Sie diesen Link:",
            action: "Einladung annehmen",
            expiry: "Der Link funktioniert einmal und läuft in {duration} ab.",
            ignore: "Wenn Sie nicht beitreten möchten, ignorieren Sie diese Nachricht: Ohne Ihre Zustimmung geschieht nichts.",
        },
        ("fr", OrganizationInvitation) => Sentences {
            subject: "Invitation à rejoindre {organization} sur {tenant}",
            greeting: "Bonjour,",
            greeting_named: "Bonjour {name},",
            intro: "Vous êtes invité à rejoindre l’organisation {organization} sur {tenant} en tant que {email}. Pour accepter, ouvrez ce lien :",
            action: "Accepter l’invitation",
            expiry: "Le lien ne fonctionne qu’une fois et expire dans {duration}.",
            ignore: "Si vous ne souhaitez pas la rejoindre, ignorez ce message : rien ne se passe sans votre accord.",
        },
        ("en", EmailChange) => Sentences {
            subject: "Confirm your new email address for {tenant}",
            greeting: "Hello,",
            greeting_named: "Hello {name},",
            intro: "Someone asked to use {email} as the email address of a {tenant} account. To confirm the change, open this link:",
            action: "Confirm the new address",
            expiry: "The link works once and expires in {duration}.",
            ignore: "If you did not ask for this, ignore this message: nothing changes.",
        },
        ("en", EmailChangeNotice) => Sentences {
            subject: "Your {tenant} email address is being changed",
            greeting: "Hello,",
            greeting_named: "Hello {name},",
            intro: "Someone asked to change the email address of your {tenant} account to {email}. The change happens only when the link sent to that address is opened.",
            action: "",
            expiry: "That link expires in {duration}.",
            ignore: "If this was not you, sign in and change your password now, and check your account's signed-in devices.",
        },
        ("de", EmailChange) => Sentences {
            subject: "Bestätigen Sie Ihre neue E-Mail-Adresse für {tenant}",
            greeting: "Hallo,",
            greeting_named: "Hallo {name},",
            intro: "Jemand möchte {email} als E-Mail-Adresse eines {tenant}-Kontos verwenden. Um die Änderung zu bestätigen, öffnen Sie diesen Link:",
            action: "Neue Adresse bestätigen",
            expiry: "Der Link funktioniert einmal und läuft in {duration} ab.",
            ignore: "Wenn Sie das nicht angefordert haben, ignorieren Sie diese Nachricht: Es ändert sich nichts.",
        },
        ("de", EmailChangeNotice) => Sentences {
            subject: "Ihre E-Mail-Adresse bei {tenant} wird geändert",
            greeting: "Hallo,",
            greeting_named: "Hallo {name},",
            intro: "Jemand hat angefordert, die E-Mail-Adresse Ihres {tenant}-Kontos in {email} zu ändern. Die Änderung erfolgt erst, wenn der an diese Adresse gesendete Link geöffnet wird.",
            action: "",
            expiry: "Dieser Link läuft in {duration} ab.",
            ignore: "Wenn Sie das nicht waren, melden Sie sich an, ändern Sie sofort Ihr Passwort und prüfen Sie die angemeldeten Geräte Ihres Kontos.",
        },
        ("fr", EmailChange) => Sentences {
            subject: "Confirmez votre nouvelle adresse e-mail pour {tenant}",
            greeting: "Bonjour,",
            greeting_named: "Bonjour {name},",
            intro: "Quelqu’un a demandé à utiliser {email} comme adresse e-mail d’un compte {tenant}. Pour confirmer le changement, ouvrez ce lien :",
            action: "Confirmer la nouvelle adresse",
            expiry: "Le lien ne fonctionne qu’une fois et expire dans {duration}.",
            ignore: "Si vous n’êtes pas à l’origine de cette demande, ignorez ce message : rien ne change.",
        },
        ("fr", EmailChangeNotice) => Sentences {
            subject: "L’adresse e-mail de votre compte {tenant} va changer",
            greeting: "Bonjour,",
            greeting_named: "Bonjour {name},",
            intro: "Quelqu’un a demandé à remplacer l’adresse e-mail de votre compte {tenant} par {email}. Le changement n’a lieu que lorsque le lien envoyé à cette adresse est ouvert.",
            action: "",
            expiry: "Ce lien expire dans {duration}.",
            ignore: "Si ce n’était pas vous, connectez-vous, changez immédiatement votre mot de passe et vérifiez les appareils connectés à votre compte.",
        },
        _ => return None,
    };
    Some(s)
}

/// The built-in message in `locale`, if there is one in that language.
fn builtin(template: Template, locale: &str, vars: &Vars<'_>) -> Result<Option<Rendered>> {
    let Some(s) = sentences(template, locale) else {
        return Ok(None);
    };
    let name = vars.name.map(one_line).filter(|n| !n.is_empty());
    let tenant_name = one_line(vars.tenant_name);
    let fill = |text: &str| {
        text.replace("{tenant}", &tenant_name)
            .replace("{email}", vars.email)
            .replace("{name}", name.as_deref().unwrap_or_default())
            .replace("{duration}", &duration(locale, vars.expires_minutes))
            .replace(
                "{organization}",
                &one_line(vars.organization.unwrap_or_default()),
            )
    };
    let subject = fill(s.subject);
    let greeting = fill(if name.is_some() {
        s.greeting_named
    } else {
        s.greeting
    });
    let (intro, expiry, ignore, action) = (
        fill(s.intro),
        fill(s.expiry),
        fill(s.ignore),
        fill(s.action),
    );
    let failed = |e: askama::Error| ServiceError::Internal(format!("email template failed: {e}"));
    let text = TextMessage {
        greeting: &greeting,
        intro: &intro,
        action_url: vars.link,
        code: vars.code,
        expiry: &expiry,
        ignore: &ignore,
        tenant_name: &tenant_name,
    }
    .render()
    .map_err(failed)?;
    let html = HtmlMessage {
        lang: locale,
        subject: &subject,
        greeting: &greeting,
        intro: &intro,
        action_label: &action,
        action_url: vars.link,
        code: vars.code,
        expiry: &expiry,
        ignore: &ignore,
        tenant_name: &tenant_name,
    }
    .render()
    .map_err(failed)?;
    Ok(Some(Rendered {
        subject: one_line(&subject),
        text,
        html,
        locale: locale.to_owned(),
    }))
}

// ---------------------------------------------------------------------------------------
// Tenant overrides: `{{ variable }}` substitution, nothing else (no logic, no includes).

/// The `{{ name }}` placeholders of `text`, or a description of the first malformed one.
fn placeholders(text: &str) -> std::result::Result<Vec<&str>, String> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find("{{") {
        let after = &rest[start + 2..];
        let Some(end) = after.find("}}") else {
            return Err("has a `{{` without a closing `}}`".to_owned());
        };
        let name = after[..end].trim();
        if !VARIABLES.contains(&name) {
            return Err(format!(
                "uses an unknown variable `{{{{ {name} }}}}`; the variables are {}",
                VARIABLES.join(", ")
            ));
        }
        out.push(name);
        rest = &after[end + 2..];
    }
    Ok(out)
}

fn escape_html(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#x27;"),
            c => out.push(c),
        }
    }
    out
}

/// Replaces each `{{ name }}` with its value (HTML-escaped when `html`). Templates are
/// validated when stored, so an unknown variable cannot occur; it would render empty.
fn substitute(template: &str, vars: &Vars<'_>, html: bool) -> String {
    let mut out = String::with_capacity(template.len() + 128);
    let mut rest = template;
    while let Some(start) = rest.find("{{") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        let Some(end) = after.find("}}") else {
            out.push_str(&rest[start..]);
            return out;
        };
        let value = vars.get(after[..end].trim()).unwrap_or_default();
        if html {
            out.push_str(&escape_html(&value));
        } else {
            out.push_str(&value);
        }
        rest = &after[end + 2..];
    }
    out.push_str(rest);
    out
}

fn to_wire(record: &EmailTemplateRecord) -> EmailTemplate {
    EmailTemplate {
        template: record.template.clone(),
        locale: record.locale.clone(),
        subject: record.subject.clone(),
        text: record.text_body.clone(),
        html: record.html_body.clone(),
        updated_at: from_unix(record.updated_at),
    }
}

fn parse_path(template: &str, locale: &str) -> Result<(Template, String)> {
    let parsed = Template::parse(template).ok_or_else(|| {
        ServiceError::NotFound(format!(
            "there is no email template {template:?}; the templates are {}",
            Template::ALL.map(Template::name).join(", ")
        ))
    })?;
    let locale = locale.to_ascii_lowercase();
    if !valid_locale(&locale) {
        return Err(ServiceError::InvalidParameter(format!(
            "{locale:?} is not a BCP 47 language tag such as `en` or `pt-BR`"
        )));
    }
    Ok((parsed, locale))
}

fn check(template: Template, input: &PutEmailTemplate) -> Vec<FieldError> {
    let mut errors = Vec::new();
    let mut field = |pointer: &str, message: String| {
        errors.push(FieldError {
            pointer: pointer.to_owned(),
            message,
        })
    };
    let payload = template.payload();
    let parts = [
        ("/subject", input.subject.as_str(), 200, false),
        ("/text", input.text.as_str(), 32 * 1024, true),
        ("/html", input.html.as_str(), 64 * 1024, true),
    ];
    for (pointer, value, max, needs_payload) in parts {
        if value.trim().is_empty() {
            field(pointer, "must not be empty".to_owned());
            continue;
        }
        let too_long = if pointer == "/subject" {
            value.chars().count() > max
        } else {
            value.len() > max
        };
        if too_long {
            let unit = if pointer == "/subject" {
                "characters"
            } else {
                "bytes"
            };
            field(pointer, format!("must be at most {max} {unit}"));
            continue;
        }
        if pointer == "/subject" && value.chars().any(char::is_control) {
            field(
                pointer,
                "must be one line, without control characters".to_owned(),
            );
            continue;
        }
        match placeholders(value) {
            Err(message) => field(pointer, message),
            Ok(names) => {
                let unfilled = ["link", "code"]
                    .into_iter()
                    .find(|v| payload != Some(*v) && names.contains(v));
                if let Some(other) = unfilled {
                    field(
                        pointer,
                        format!(
                            "`{{{{ {other} }}}}` has no value in the {} email",
                            template.name()
                        ),
                    );
                } else if let Some(payload) =
                    payload.filter(|p| needs_payload && !names.contains(p))
                {
                    field(
                        pointer,
                        format!(
                            "must contain `{{{{ {payload} }}}}`: it is what the {} email carries",
                            template.name()
                        ),
                    );
                }
            }
        }
    }
    errors
}

/// Creates or replaces a tenant's version of a template in one locale.
pub async fn put(
    app: &App,
    ctx: &Context,
    slug: &str,
    template: &str,
    locale: &str,
    input: PutEmailTemplate,
) -> Result<EmailTemplate> {
    let tenant = tenants::find(app, slug).await?;
    let (template, locale) = parse_path(template, locale)?;
    let errors = check(template, &input);
    if !errors.is_empty() {
        return Err(ServiceError::Invalid(errors));
    }
    let record = EmailTemplateRecord {
        tenant_id: tenant.id.clone(),
        template: template.name().to_owned(),
        locale,
        subject: input.subject,
        text_body: input.text,
        html_body: input.html,
        updated_at: app.clock.unix(),
    };
    app.db.upsert_email_template(&record).await?;
    audit::record(
        app,
        &tenant.id,
        ctx,
        "email_template.updated",
        Some((
            "email_template",
            &format!("{}/{}", record.template, record.locale),
        )),
        json!({ "template": record.template, "locale": record.locale }),
    )
    .await?;
    Ok(to_wire(&record))
}

pub async fn list(app: &App, slug: &str) -> Result<EmailTemplateList> {
    let tenant = tenants::find(app, slug).await?;
    let records = app.db.email_templates(&tenant.id).await?;
    Ok(EmailTemplateList {
        data: records.iter().map(to_wire).collect(),
    })
}

/// Removes a tenant's override; the built-in template applies again.
pub async fn delete(
    app: &App,
    ctx: &Context,
    slug: &str,
    template: &str,
    locale: &str,
) -> Result<()> {
    let tenant = tenants::find(app, slug).await?;
    let (template, locale) = parse_path(template, locale)?;
    if !app
        .db
        .delete_email_template(&tenant.id, template.name(), &locale)
        .await?
    {
        return Err(ServiceError::NotFound(format!(
            "the tenant has no {} template for {locale:?}",
            template.name()
        )));
    }
    audit::record(
        app,
        &tenant.id,
        ctx,
        "email_template.deleted",
        Some(("email_template", &format!("{}/{locale}", template.name()))),
        json!({ "template": template.name(), "locale": locale }),
    )
    .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vars() -> Vars<'static> {
        Vars {
            tenant_name: "Acme <Corp>",
            email: "jane@example.com",
            name: Some("Jane"),
            link: Some("https://id.example.com/t/acme/reset-password#token=tpr_x&y"),
            code: None,
            expires_minutes: 30,
            organization: Some("Globex"),
        }
    }

    #[test]
    fn locale_candidates() {
        assert_eq!(candidates(Some("de-AT")), ["de-at", "de", "en"]);
        assert_eq!(candidates(Some("fr")), ["fr", "en"]);
        assert_eq!(candidates(Some("en-GB")), ["en-gb", "en"]);
        assert_eq!(candidates(Some("../etc")), ["en"]);
        assert_eq!(candidates(None), ["en"]);
    }

    #[test]
    fn builtins_exist_in_three_languages_and_escape_html() {
        for template in Template::ALL {
            for locale in ["en", "de", "fr"] {
                let mut v = vars();
                if template == Template::EmailCode {
                    v.link = None;
                    v.code = Some("042817");
                }
                if template == Template::EmailChangeNotice {
                    v.link = None;
                    v.email = "n***@example.org";
                }
                let r = builtin(template, locale, &v).unwrap().unwrap();
                let payload = v.link.or(v.code).unwrap_or(v.email);
                assert!(
                    r.text.contains(payload),
                    "{template:?} {locale}: {}",
                    r.text
                );
                // askama writes `&` as `&#38;`, the overrides as `&amp;`: both are right.
                assert!(
                    r.html.contains(&payload.replace('&', "&#38;"))
                        || r.html.contains(&escape_html(payload)),
                    "{template:?} {locale}: {}",
                    r.html
                );
                assert!(!r.html.contains("<Corp>"), "tenant name is escaped in HTML");
                assert!(r.text.contains("Acme <Corp>"), "but not in text");
                assert!(r.html.contains(&format!("lang=\"{locale}\"")));
            }
        }
        let de = builtin(Template::PasswordReset, "de", &vars())
            .unwrap()
            .unwrap();
        assert!(
            de.subject.starts_with("Setzen Sie Ihr Passwort"),
            "{}",
            de.subject
        );
        assert!(de.text.contains("30 Minuten"), "{}", de.text);
        assert!(de.text.starts_with("Hallo Jane,"), "{}", de.text);
        assert!(
            builtin(Template::MagicLink, "es", &vars())
                .unwrap()
                .is_none()
        );
    }

    #[test]
    fn overrides_substitute_variables_safely() {
        let v = vars();
        assert_eq!(
            substitute("<a href=\"{{link}}\">{{ tenant_name }}</a>", &v, true),
            "<a href=\"https://id.example.com/t/acme/reset-password#token=tpr_x&amp;y\">Acme &lt;Corp&gt;</a>"
        );
        assert_eq!(
            substitute("Hi {{ name }}: {{ link }}", &v, false),
            format!("Hi Jane: {}", v.link.unwrap())
        );
        assert_eq!(
            placeholders("a {{ link }} b {{code}}").unwrap(),
            ["link", "code"]
        );
        assert!(placeholders("{{ password }}").is_err());
        assert!(placeholders("{{ link ").is_err());
    }

    #[test]
    fn overrides_are_checked() {
        let good = PutEmailTemplate {
            subject: "Reset for {{ tenant_name }}".into(),
            text: "Go to {{ link }}".into(),
            html: "<a href=\"{{ link }}\">reset</a>".into(),
        };
        assert!(check(Template::PasswordReset, &good).is_empty());
        let errors = check(Template::EmailCode, &good);
        assert_eq!(errors.len(), 2, "{errors:?}");
        let bad = PutEmailTemplate {
            subject: "two\nlines".into(),
            text: "no link".into(),
            html: String::new(),
        };
        let pointers: Vec<_> = check(Template::MagicLink, &bad)
            .into_iter()
            .map(|e| e.pointer)
            .collect();
        assert_eq!(pointers, ["/subject", "/text", "/html"]);
    }
}
