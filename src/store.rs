//! The article store: a directory of plain article files (or the embedded
//! samples), read into [`Article`]s. Files are only ever read, never written.

pub mod article;
pub mod fields;
pub mod header;
pub mod init;
pub mod json_file;
pub mod location;
pub mod parse;
pub mod problem;
pub mod samples;
pub mod state;

pub use article::{Article, ArticleId};
pub use location::{Location, LocationSource};
pub use problem::{Problem, StoreError};

use parse::{Format, MAX_FILE_BYTES, parse_file, too_large};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// Where the articles of an open store came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// A directory of article files.
    Directory(PathBuf),
    /// The samples compiled into the binary, and why they are used.
    Samples(String),
}

/// The open store: its articles, newest first, and the files it skipped.
#[derive(Debug, Clone)]
pub struct Store {
    origin: Origin,
    articles: Vec<Article>,
    problems: Vec<Problem>,
}

impl Store {
    /// Reads every article file under `dir` (recursively; hidden files are skipped).
    ///
    /// # Errors
    /// Only when the directory itself is missing or unreadable; bad files become problems.
    pub fn open_dir(dir: &Path) -> Result<Self, StoreError> {
        if !dir.exists() {
            return Err(StoreError::Missing(dir.to_path_buf()));
        }
        if !dir.is_dir() {
            return Err(StoreError::NotADirectory(dir.to_path_buf()));
        }
        let mut files = Vec::new();
        collect_files(dir, &mut files).map_err(|source| StoreError::Unreadable {
            path: dir.to_path_buf(),
            source,
        })?;
        files.sort();
        let mut articles = Vec::new();
        let mut problems = Vec::new();
        for path in files {
            read_file(dir, &path, &mut articles, &mut problems);
        }
        Ok(Self::from_parts(
            Origin::Directory(dir.to_path_buf()),
            articles,
            problems,
        ))
    }

    /// The samples embedded in the binary; `why` is shown to the user.
    #[must_use]
    pub fn samples(why: impl Into<String>) -> Self {
        let mut articles = Vec::new();
        let mut problems = Vec::new();
        for (name, bytes) in samples::SAMPLES {
            let (a, p) = parse_file(name, &format!("sample-articles/{name}"), bytes);
            articles.extend(a);
            problems.extend(p);
        }
        Self::from_parts(Origin::Samples(why.into()), articles, problems)
    }

    /// Builds a store from already parsed articles: drops duplicate ids and sorts.
    #[must_use]
    pub fn from_parts(origin: Origin, articles: Vec<Article>, mut problems: Vec<Problem>) -> Self {
        let mut seen: HashMap<String, String> = HashMap::new();
        let mut kept = Vec::with_capacity(articles.len());
        for article in articles {
            if let Some(first) = seen.get(article.id.as_str()) {
                problems.push(Problem::new(
                    article.origin.clone(),
                    format!(
                        "duplicate id {:?} (already used by {first}); this article is skipped",
                        article.id.as_str()
                    ),
                ));
                continue;
            }
            seen.insert(article.id.0.clone(), article.origin.clone());
            kept.push(article);
        }
        // Newest first; undated articles last; ties by title for a stable order.
        kept.sort_by(|a, b| b.published.cmp(&a.published).then_with(|| a.title.cmp(&b.title)));
        Self {
            origin,
            articles: kept,
            problems,
        }
    }

    /// All articles, newest first.
    #[must_use]
    pub fn list(&self) -> &[Article] {
        &self.articles
    }

    /// The article with this id.
    #[must_use]
    pub fn get(&self, id: &str) -> Option<&Article> {
        self.articles.iter().find(|a| a.id.as_str() == id)
    }

    /// Files and articles that were skipped, with the reason.
    #[must_use]
    pub fn problems(&self) -> &[Problem] {
        &self.problems
    }

    /// Where the articles came from.
    #[must_use]
    pub fn origin(&self) -> &Origin {
        &self.origin
    }
}

fn collect_files(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let name = entry.file_name();
        if name.to_string_lossy().starts_with('.') {
            continue;
        }
        let path = entry.path();
        let kind = entry.file_type()?;
        if kind.is_dir() {
            collect_files(&path, out)?;
        } else if Format::of(&name.to_string_lossy()).is_some() {
            out.push(path);
        }
    }
    Ok(())
}

fn read_file(root: &Path, path: &Path, articles: &mut Vec<Article>, problems: &mut Vec<Problem>) {
    let shown = path.strip_prefix(root).unwrap_or(path).display().to_string();
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    match std::fs::metadata(path) {
        Ok(meta) if meta.len() > MAX_FILE_BYTES => problems.push(too_large(&shown, meta.len())),
        Ok(_) => match std::fs::read(path) {
            Ok(bytes) => {
                let (a, p) = parse_file(&name, &shown, &bytes);
                articles.extend(a);
                problems.extend(p);
            }
            Err(e) => problems.push(Problem::new(shown, format!("cannot read file: {e}"))),
        },
        Err(e) => problems.push(Problem::new(shown, format!("cannot read file: {e}"))),
    }
}
