//! git2 operations of `propose`: the scratch clone, the bot's commit, and bringing its branch
//! back into the user's repository. The user's working tree, index and checked-out branch are
//! never touched.

use std::path::{Path, PathBuf};

use git2::{BranchType, Repository, Signature};

/// The bot's commit identity.
pub const BOT_NAME: &str = "parallelize[bot]";
pub const BOT_EMAIL: &str = "parallelize[bot]@users.noreply.github.com";

#[derive(Debug, thiserror::Error)]
pub enum GitError {
    #[error("{path} is not inside a git repository: {source}")]
    NotARepository { path: PathBuf, source: git2::Error },
    #[error("{path} is a bare repository: propose needs a repository with a working tree")]
    Bare { path: PathBuf },
    #[error("HEAD of {path} is detached: pass --base BRANCH")]
    Detached { path: PathBuf },
    #[error("no local branch `{branch}` in {path}")]
    NoBranch { branch: String, path: PathBuf },
    #[error(
        "branch `{branch}` in {path} has commits not made by {BOT_NAME} (tip {tip}): \
         rename or delete it, or set `branch-prefix` in [tool.parallelize.bot]"
    )]
    NotOurs {
        branch: String,
        path: PathBuf,
        tip: String,
    },
    #[error(
        "branch `{branch}` is checked out in {path}: switch to another branch first so the \
         result can be written to it"
    )]
    CheckedOut { branch: String, path: PathBuf },
    #[error("git: {what}: {source}")]
    Git { what: String, source: git2::Error },
    #[error("git: the push of `{branch}` was rejected: {message}")]
    PushRejected { branch: String, message: String },
}

pub(crate) fn git<T>(
    what: impl FnOnce() -> String,
    r: Result<T, git2::Error>,
) -> Result<T, GitError> {
    r.map_err(|source| GitError::Git {
        what: what(),
        source,
    })
}

/// The user's repository, resolved from a path inside it.
pub struct Origin {
    /// The top of the working tree.
    pub root: PathBuf,
    /// The project's directory relative to `root` (empty for the whole repository).
    pub project: PathBuf,
    /// The base branch name.
    pub base: String,
    /// The commit the run starts from (the tip of `base`).
    pub base_commit: String,
    /// Files with uncommitted changes (they are not part of the run).
    pub dirty: Vec<String>,
}

/// Open the repository containing `path` and resolve the base branch (`--base`, else the
/// checked-out branch).
pub fn origin(path: &Path, base: Option<&str>) -> Result<Origin, GitError> {
    let repo = Repository::discover(path).map_err(|source| GitError::NotARepository {
        path: path.to_path_buf(),
        source,
    })?;
    let root = repo
        .workdir()
        .ok_or_else(|| GitError::Bare {
            path: path.to_path_buf(),
        })?
        .components()
        .collect::<PathBuf>();
    let project = std::fs::canonicalize(path)
        .ok()
        .zip(std::fs::canonicalize(&root).ok())
        .and_then(|(p, r)| p.strip_prefix(r).ok().map(Path::to_path_buf))
        .unwrap_or_default();
    let base = match base {
        Some(b) => b.to_owned(),
        None => {
            let head = git(|| "cannot read HEAD".into(), repo.head())?;
            if !head.is_branch() {
                return Err(GitError::Detached { path: root });
            }
            head.shorthand()
                .map_err(|_| GitError::Detached { path: root.clone() })?
                .to_owned()
        }
    };
    let branch = repo
        .find_branch(&base, BranchType::Local)
        .map_err(|_| GitError::NoBranch {
            branch: base.clone(),
            path: root.clone(),
        })?;
    let commit = git(
        || format!("cannot resolve branch `{base}`"),
        branch.get().peel_to_commit(),
    )?;
    let mut opts = git2::StatusOptions::new();
    opts.include_untracked(false).include_ignored(false);
    let dirty = match repo.statuses(Some(&mut opts)) {
        Ok(statuses) => statuses
            .iter()
            .filter_map(|s| s.path().ok().map(str::to_owned))
            .collect(),
        Err(_) => Vec::new(),
    };
    Ok(Origin {
        root,
        project,
        base,
        base_commit: commit.id().to_string(),
        dirty,
    })
}

/// Clone `origin` into `dest` with `base` checked out. Objects are copied, not hard-linked, so
/// nothing the analysed code does in the clone can reach the user's object store.
pub fn scratch_clone(origin: &Origin, dest: &Path) -> Result<Repository, GitError> {
    let url = origin.root.to_string_lossy().into_owned();
    let mut builder = git2::build::RepoBuilder::new();
    builder
        .branch(&origin.base)
        .clone_local(git2::build::CloneLocal::NoLinks);
    let repo = git(
        || format!("cannot clone {} into {}", url, dest.display()),
        builder.clone(&url, dest),
    )?;
    // A shallow repository (a CI checkout) gives a clone without the commits below its
    // boundary: the clone gets the same boundary, or anything that walks history from the
    // base (a fetch's negotiation, a push) would look for the missing parents.
    if let Ok(source) = Repository::open(&origin.root) {
        let boundary = source.path().join("shallow");
        if source.is_shallow() && boundary.is_file() {
            std::fs::copy(&boundary, repo.path().join("shallow")).map_err(|e| GitError::Git {
                what: format!("cannot copy {} into the clone", boundary.display()),
                source: git2::Error::from_str(&e.to_string()),
            })?;
        }
    }
    // Pin the exact commit resolved earlier (the branch could have moved meanwhile).
    let oid = git(
        || "bad commit id".into(),
        git2::Oid::from_str(&origin.base_commit),
    )?;
    {
        let commit = git(
            || format!("commit {} is missing from the clone", origin.base_commit),
            repo.find_commit(oid),
        )?;
        git(
            || "cannot check out the base commit".into(),
            repo.reset(commit.as_object(), git2::ResetType::Hard, None),
        )?;
    }
    Ok(repo)
}

/// Commit `files` (paths relative to the clone's root, already written) on a new branch
/// `branch` starting at HEAD. Returns the commit id.
pub fn commit(
    repo: &Repository,
    branch: &str,
    files: &[String],
    message: &str,
) -> Result<String, GitError> {
    let head = git(
        || "cannot read HEAD of the clone".into(),
        repo.head().and_then(|h| h.peel_to_commit()),
    )?;
    let mut index = git(|| "cannot open the index".into(), repo.index())?;
    for f in files {
        git(|| format!("cannot stage {f}"), index.add_path(Path::new(f)))?;
    }
    git(|| "cannot write the index".into(), index.write())?;
    let tree_id = git(|| "cannot write the tree".into(), index.write_tree())?;
    let tree = git(|| "cannot read the tree".into(), repo.find_tree(tree_id))?;
    let sig = git(
        || "cannot make the signature".into(),
        Signature::now(BOT_NAME, BOT_EMAIL),
    )?;
    git(
        || format!("cannot create branch `{branch}`"),
        repo.branch(branch, &head, true),
    )?;
    let refname = format!("refs/heads/{branch}");
    let id = git(
        || format!("cannot commit on `{branch}`"),
        repo.commit(Some(&refname), &sig, &sig, message, &tree, &[&head]),
    )?;
    git(
        || format!("cannot check out `{branch}`"),
        repo.set_head(&refname),
    )?;
    Ok(id.to_string())
}

/// Fetch `branch` from the clone at `clone` into the user's repository at `root`, replacing
/// an earlier result of the bot. Refuses when that branch is checked out there or carries
/// commits the bot did not make.
pub fn fetch_back(root: &Path, clone: &Path, branch: &str) -> Result<(), GitError> {
    let repo = Repository::open(root).map_err(|source| GitError::NotARepository {
        path: root.to_path_buf(),
        source,
    })?;
    let refname = format!("refs/heads/{branch}");
    if let Ok(head) = repo.head() {
        if head.name().ok() == Some(refname.as_str()) {
            return Err(GitError::CheckedOut {
                branch: branch.to_owned(),
                path: root.to_path_buf(),
            });
        }
    }
    if let Ok(existing) = repo.find_reference(&refname) {
        let tip = git(
            || format!("cannot read `{branch}`"),
            existing.peel_to_commit(),
        )?;
        if tip.author().name().ok() != Some(BOT_NAME) {
            return Err(GitError::NotOurs {
                branch: branch.to_owned(),
                path: root.to_path_buf(),
                tip: tip.id().to_string(),
            });
        }
    }
    let url = clone.to_string_lossy().into_owned();
    let mut remote = git(
        || format!("cannot use {url} as a remote"),
        repo.remote_anonymous(&url),
    )?;
    let refspec = format!("+{refname}:{refname}");
    git(
        || format!("cannot fetch `{branch}` back into {}", root.display()),
        remote.fetch(&[refspec.as_str()], None, None),
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::process::Command;

    fn sh(dir: &Path, args: &[&str]) -> String {
        let out = Command::new("git")
            .args(args)
            .current_dir(dir)
            .env("GIT_AUTHOR_NAME", "Dev")
            .env("GIT_AUTHOR_EMAIL", "dev@example.com")
            .env("GIT_COMMITTER_NAME", "Dev")
            .env("GIT_COMMITTER_EMAIL", "dev@example.com")
            .output()
            .expect("git runs");
        assert!(
            out.status.success(),
            "git {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).trim().to_owned()
    }

    fn user_repo() -> tempfile::TempDir {
        let dir = tempfile::tempdir().expect("tempdir");
        let p = dir.path();
        sh(p, &["init", "-q", "-b", "main"]);
        std::fs::write(p.join("a.py"), "x = 1\n").expect("write");
        sh(p, &["add", "a.py"]);
        sh(p, &["commit", "-q", "-m", "first"]);
        dir
    }

    #[test]
    fn commit_lands_on_a_branch_in_the_user_repo_without_touching_its_worktree() {
        let user = user_repo();
        // Uncommitted work of the user: must survive, and must not be part of the run.
        std::fs::write(user.path().join("a.py"), "x = 2  # wip\n").expect("write");
        let origin = origin(user.path(), None).expect("origin");
        assert_eq!(origin.base, "main");
        assert_eq!(origin.dirty, vec!["a.py".to_owned()]);

        let scratch = tempfile::tempdir().expect("tempdir");
        let clone_dir = scratch.path().join("clone");
        let repo = scratch_clone(&origin, &clone_dir).expect("clone");
        assert_eq!(
            std::fs::read_to_string(clone_dir.join("a.py")).expect("read"),
            "x = 1\n"
        );
        std::fs::write(clone_dir.join("a.py"), "x = 3\n").expect("write");
        let id =
            commit(&repo, "parallelize/main", &["a.py".into()], "Parallelize\n").expect("commit");
        fetch_back(&origin.root, &clone_dir, "parallelize/main").expect("fetch");

        assert_eq!(sh(user.path(), &["rev-parse", "parallelize/main"]), id);
        assert_eq!(sh(user.path(), &["show", "parallelize/main:a.py"]), "x = 3");
        assert_eq!(
            sh(
                user.path(),
                &["log", "-1", "--format=%an <%ae>|%P", "parallelize/main"]
            ),
            format!("{BOT_NAME} <{BOT_EMAIL}>|{}", origin.base_commit)
        );
        assert_eq!(sh(user.path(), &["branch", "--show-current"]), "main");
        assert_eq!(
            std::fs::read_to_string(user.path().join("a.py")).expect("read"),
            "x = 2  # wip\n"
        );

        // A second run replaces the bot's own branch.
        let scratch2 = tempfile::tempdir().expect("tempdir");
        let clone2 = scratch2.path().join("clone");
        let repo2 = scratch_clone(&origin, &clone2).expect("clone");
        std::fs::write(clone2.join("a.py"), "x = 4\n").expect("write");
        let id2 = commit(&repo2, "parallelize/main", &["a.py".into()], "Again\n").expect("commit");
        fetch_back(&origin.root, &clone2, "parallelize/main").expect("fetch again");
        assert_eq!(sh(user.path(), &["rev-parse", "parallelize/main"]), id2);
    }

    #[test]
    fn a_branch_with_human_commits_is_never_overwritten() {
        let user = user_repo();
        sh(user.path(), &["branch", "parallelize/main"]);
        let origin = origin(user.path(), Some("main")).expect("origin");
        let scratch = tempfile::tempdir().expect("tempdir");
        let clone_dir = scratch.path().join("clone");
        let repo = scratch_clone(&origin, &clone_dir).expect("clone");
        commit(&repo, "parallelize/main", &[], "empty\n").expect("commit");
        let err = fetch_back(&origin.root, &clone_dir, "parallelize/main").unwrap_err();
        assert!(matches!(err, GitError::NotOurs { .. }), "{err}");
        assert_eq!(
            sh(user.path(), &["rev-parse", "parallelize/main"]),
            origin.base_commit
        );
    }

    #[test]
    fn unknown_base_and_non_repositories_are_clear_errors() {
        let user = user_repo();
        let err = origin(user.path(), Some("develop")).err().expect("error");
        assert_eq!(
            err.to_string(),
            format!("no local branch `develop` in {}", user.path().display())
        );
        let empty = tempfile::tempdir().expect("tempdir");
        let err = origin(empty.path(), None).err().expect("error");
        assert!(
            err.to_string().contains("is not inside a git repository"),
            "{err}"
        );
    }
}
