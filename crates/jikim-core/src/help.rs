//! The help page (도움 받기): hotlines, deletion support and guides, loaded from
//! `assets/help/help.toml`. Help is content, not UI text, because its facts carry sources and a
//! checked-as-of date. Nothing here records that help was opened: that is a product rule.

use crate::error::{CoreError, FileFault, Result};
use serde::{Deserialize, Serialize};
use std::path::Path;

/// Text in both shipped languages.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Bilingual {
    pub ko: String,
    pub en: String,
}

impl Bilingual {
    /// The text in `lang`, Korean otherwise.
    pub fn get(&self, lang: &str) -> &str {
        if lang == "en" {
            &self.en
        } else {
            &self.ko
        }
    }
}

/// A support service (hotline, reporting site, deletion support).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Service {
    pub id: String,
    pub name: Bilingual,
    pub phone: Option<String>,
    pub url: Option<String>,
    pub hours: Option<Bilingual>,
    pub what: Bilingual,
    pub source: String,
}

/// A short guide (preserving evidence, helping a friend, not your fault).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Guide {
    pub id: String,
    pub title: Bilingual,
    pub body: Bilingual,
}

/// The whole help page data.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Help {
    pub format: i64,
    pub as_of: toml::value::Datetime,
    pub services: Vec<Service>,
    pub guides: Vec<Guide>,
}

/// The help page in one language, as the UI renders it.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct HelpView {
    pub as_of: String,
    pub services: Vec<ServiceView>,
    pub guides: Vec<GuideView>,
}

/// One service in one language.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ServiceView {
    pub id: String,
    pub name: String,
    pub phone: Option<String>,
    pub url: Option<String>,
    pub hours: Option<String>,
    pub what: String,
}

/// One guide in one language.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct GuideView {
    pub id: String,
    pub title: String,
    pub body: String,
}

impl Help {
    /// Parses help data; `path` names the file in errors.
    pub fn parse(src: &str, path: &Path) -> Result<Help> {
        let help: Help = toml::from_str(src).map_err(|e| CoreError::HelpInvalid {
            path: path.to_path_buf(),
            detail: e.message().to_string(),
        })?;
        if help.format != 1 || help.services.is_empty() {
            return Err(CoreError::HelpInvalid {
                path: path.to_path_buf(),
                detail: "format must be 1 and at least one service is needed".into(),
            });
        }
        Ok(help)
    }

    /// Reads help data from a file.
    pub fn load(path: &Path) -> Result<Help> {
        let src = std::fs::read_to_string(path).map_err(|e| FileFault::of_io(path, &e))?;
        Help::parse(&src, path)
    }

    /// The page in `lang`.
    pub fn view(&self, lang: &str) -> HelpView {
        HelpView {
            as_of: self.as_of.to_string(),
            services: self
                .services
                .iter()
                .map(|s| ServiceView {
                    id: s.id.clone(),
                    name: s.name.get(lang).to_string(),
                    phone: s.phone.clone(),
                    url: s.url.clone(),
                    hours: s.hours.as_ref().map(|h| h.get(lang).to_string()),
                    what: s.what.get(lang).to_string(),
                })
                .collect(),
            guides: self
                .guides
                .iter()
                .map(|g| GuideView {
                    id: g.id.clone(),
                    title: g.title.get(lang).to_string(),
                    body: g.body.get(lang).to_string(),
                })
                .collect(),
        }
    }
}
