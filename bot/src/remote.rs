//! git2 over HTTP(S) for the App and `propose --publish`: clone a repository at the pushed
//! commit, see what a push changed, and force-push the bot's branch. The token (an
//! installation's, or a workflow's) reaches libgit2 only through the credentials callback (user
//! `x-access-token`): never in a URL, the clone's config, a log or the sandboxed tests'
//! environment.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use git2::{Cred, FetchOptions, Oid, PushOptions, RemoteCallbacks, Repository};

use crate::propose::git::{git, GitError, BOT_EMAIL};

/// The error of a git operation whose token was refused.
pub const TOKEN_REFUSED: &str = "the token was refused for git over HTTP";

/// Whether git failed because the server refused the token (see [`callbacks`]).
pub fn token_refused(e: &git2::Error) -> bool {
    e.message() == TOKEN_REFUSED
}

/// Whether git failed anywhere in `e`'s chain because the server refused the token (a
/// [`GitError::Git`]'s source is the git2 error).
pub fn token_refused_in(e: &anyhow::Error) -> bool {
    e.chain()
        .any(|c| c.downcast_ref::<git2::Error>().is_some_and(token_refused))
}

/// Callbacks that answer one HTTP authentication challenge with the token; a second challenge
/// means the token was refused, and the operation fails instead of looping.
fn callbacks(token: &str) -> RemoteCallbacks<'_> {
    let mut callbacks = RemoteCallbacks::new();
    let mut asked = 0;
    callbacks.credentials(move |_url, _user, allowed| {
        asked += 1;
        if asked > 1 || !allowed.contains(git2::CredentialType::USER_PASS_PLAINTEXT) {
            return Err(git2::Error::from_str(TOKEN_REFUSED));
        }
        Cred::userpass_plaintext("x-access-token", token)
    });
    callbacks
}

/// Clone `url` into `dest` with `commit` checked out (detached), fetching the default branch
/// `base`. The bot's branches are fetched once the configuration (`branch-prefix`) is read:
/// [`fetch`] with [`bot_branches_spec`].
pub fn clone_at(
    url: &str,
    token: &str,
    dest: &Path,
    base: &str,
    commit: &str,
) -> Result<Repository, GitError> {
    let specs = [format!("+refs/heads/{base}:refs/remotes/origin/{base}")];
    clone_with(url, token, dest, &specs, commit, &format!("`{base}`"))
}

/// Clone `url` for pull request `number` with its head commit `head_sha` checked out. Fetches
/// the base branch, the head (its branch when it lives in this repository, else GitHub's
/// `refs/pull/<number>/head`, which exists for forks too). The bot's branches are fetched once
/// the repository's configuration (`branch-prefix`) is known: [`fetch`], [`bot_branches_spec`].
pub fn clone_pull(
    url: &str,
    token: &str,
    dest: &Path,
    pull: &PullRefs<'_>,
) -> Result<Repository, GitError> {
    let head = match pull.head_branch {
        Some(branch) => format!("+refs/heads/{branch}:refs/remotes/origin/{branch}"),
        None => format!(
            "+refs/pull/{}/head:refs/remotes/origin/pull/{}/head",
            pull.number, pull.number
        ),
    };
    let specs = [
        format!(
            "+refs/heads/{}:refs/remotes/origin/{}",
            pull.base, pull.base
        ),
        head,
    ];
    clone_with(
        url,
        token,
        dest,
        &specs,
        pull.head_sha,
        &format!("pull request #{}", pull.number),
    )
}

/// Fetch `specs` from `origin` (`what` names them in errors).
pub fn fetch(repo: &Repository, token: &str, specs: &[String], what: &str) -> Result<(), GitError> {
    let mut remote = git(|| "no remote `origin`".into(), repo.find_remote("origin"))?;
    fetch_from(&mut remote, token, specs, what)
}

/// Fetch `specs` from `remote` (`origin`, or an anonymous remote for a URL).
pub fn fetch_from(
    remote: &mut git2::Remote<'_>,
    token: &str,
    specs: &[String],
    what: &str,
) -> Result<(), GitError> {
    let url = remote.url().unwrap_or("origin").to_owned();
    let mut options = FetchOptions::new();
    options.remote_callbacks(callbacks(token));
    options.proxy_options(proxy());
    git(
        || format!("cannot fetch {what} from {url}"),
        remote.fetch(specs, Some(&mut options), None),
    )
}

/// The system's proxy settings (`https_proxy`, git config), as git itself uses them.
fn proxy() -> git2::ProxyOptions<'static> {
    let mut p = git2::ProxyOptions::new();
    p.auto();
    p
}

/// The refspec that fetches the bot's branches (`branch-prefix`).
pub fn bot_branches_spec(prefix: &str) -> String {
    format!("+refs/heads/{prefix}*:refs/remotes/origin/{prefix}*")
}

/// Every file of commit `sha`'s tree (paths relative to the root).
pub fn tree_files(repo: &Repository, sha: &str) -> Result<Vec<String>, GitError> {
    let tree = git(
        || format!("commit {sha} is missing"),
        Oid::from_str(sha)
            .and_then(|o| repo.find_commit(o))
            .and_then(|c| c.tree()),
    )?;
    let mut files = Vec::new();
    git(
        || "cannot list the files".into(),
        tree.walk(git2::TreeWalkMode::PreOrder, |dir, entry| {
            if entry.kind() == Some(git2::ObjectType::Blob) {
                if let Ok(name) = entry.name() {
                    files.push(format!("{dir}{name}"));
                }
            }
            git2::TreeWalkResult::Ok
        }),
    )?;
    Ok(files)
}

/// What [`clone_pull`] fetches.
pub struct PullRefs<'a> {
    pub number: u64,
    pub base: &'a str,
    /// The head branch when it is in this repository; `None` for forks.
    pub head_branch: Option<&'a str>,
    pub head_sha: &'a str,
}

fn clone_with(
    url: &str,
    token: &str,
    dest: &Path,
    specs: &[String],
    commit: &str,
    what: &str,
) -> Result<Repository, GitError> {
    let repo = init_origin(dest, url)?;
    fetch(&repo, token, specs, what)?;
    check_out(&repo, commit, what)?;
    Ok(repo)
}

/// An empty repository at `dest` whose `origin` is `url`.
fn init_origin(dest: &Path, url: &str) -> Result<Repository, GitError> {
    let repo = git(
        || format!("cannot create {}", dest.display()),
        Repository::init(dest),
    )?;
    git(
        || "cannot add the remote".into(),
        repo.remote("origin", url),
    )?;
    Ok(repo)
}

/// Clone `url` with the tip of `base` checked out (a sweep: no pushed commit to start from).
/// The repository and the tip's commit id.
pub fn clone_tip(
    url: &str,
    token: &str,
    dest: &Path,
    base: &str,
) -> Result<(Repository, String), GitError> {
    let repo = init_origin(dest, url)?;
    let specs = [format!("+refs/heads/{base}:refs/remotes/origin/{base}")];
    fetch(&repo, token, &specs, &format!("`{base}`"))?;
    let tip = git(
        || format!("`{base}` was not fetched"),
        repo.find_reference(&format!("refs/remotes/origin/{base}"))
            .and_then(|r| r.peel_to_commit()),
    )?
    .id()
    .to_string();
    check_out(&repo, &tip, &format!("`{base}`"))?;
    Ok((repo, tip))
}

fn check_out(repo: &Repository, commit: &str, what: &str) -> Result<(), GitError> {
    let oid = git(
        || format!("bad commit id `{commit}`"),
        Oid::from_str(commit),
    )?;
    let target = git(
        || format!("commit {commit} is not on {what} any more"),
        repo.find_commit(oid),
    )?;
    git(
        || "cannot check out the commit".into(),
        repo.checkout_tree(
            target.as_object(),
            Some(git2::build::CheckoutBuilder::new().force()),
        ),
    )?;
    git(|| "cannot set HEAD".into(), repo.set_head_detached(oid))
}

/// Files changed between `from` and `to` (paths relative to the root; deleted files left out).
/// `None` when `from` is unknown here (a new branch, history rewritten): everything counts.
pub fn changed_files(
    repo: &Repository,
    from: Option<&str>,
    to: &str,
) -> Result<Option<BTreeSet<String>>, GitError> {
    let Some(from) = from
        .and_then(|f| Oid::from_str(f).ok())
        .filter(|o| !o.is_zero())
    else {
        return Ok(None);
    };
    let Ok(old) = repo.find_commit(from) else {
        return Ok(None);
    };
    let new = git(
        || format!("commit {to} is missing"),
        Oid::from_str(to).and_then(|o| repo.find_commit(o)),
    )?;
    let (old_tree, new_tree) = git(
        || "cannot read the trees".into(),
        old.tree().and_then(|o| new.tree().map(|n| (o, n))),
    )?;
    let diff = git(
        || "cannot compare the pushed commits".into(),
        repo.diff_tree_to_tree(Some(&old_tree), Some(&new_tree), None),
    )?;
    let mut files = BTreeSet::new();
    for delta in diff.deltas() {
        if delta.status() == git2::Delta::Deleted {
            continue;
        }
        if let Some(p) = delta.new_file().path().and_then(|p| p.to_str()) {
            files.insert(p.to_owned());
        }
    }
    Ok(Some(files))
}

/// The merge base of two commits (where a pull request's changes start).
pub fn merge_base(repo: &Repository, a: &str, b: &str) -> Result<String, GitError> {
    let (a, b) = git(
        || format!("bad commit ids `{a}`, `{b}`"),
        Oid::from_str(a).and_then(|a| Oid::from_str(b).map(|b| (a, b))),
    )?;
    let base = git(
        || format!("{a} and {b} have no common history"),
        repo.merge_base(a, b),
    )?;
    Ok(base.to_string())
}

/// The lines of `to` that the diff `from`..`to` shows (hunks with 3 lines of context, as
/// GitHub shows a pull request), per file: where a review comment can be placed.
pub fn diff_lines(
    repo: &Repository,
    from: &str,
    to: &str,
) -> Result<BTreeMap<String, Vec<(usize, usize)>>, GitError> {
    let tree = |sha: &str| {
        git(
            || format!("commit {sha} is missing"),
            Oid::from_str(sha)
                .and_then(|o| repo.find_commit(o))
                .and_then(|c| c.tree()),
        )
    };
    let (old, new) = (tree(from)?, tree(to)?);
    let mut options = git2::DiffOptions::new();
    options.context_lines(3);
    let diff = git(
        || "cannot compare the commits".into(),
        repo.diff_tree_to_tree(Some(&old), Some(&new), Some(&mut options)),
    )?;
    let mut lines: BTreeMap<String, Vec<(usize, usize)>> = BTreeMap::new();
    git(
        || "cannot read the diff".into(),
        diff.foreach(
            &mut |_, _| true,
            None,
            Some(&mut |delta, hunk| {
                if let Some(path) = delta.new_file().path().and_then(|p| p.to_str()) {
                    let start = hunk.new_start() as usize;
                    let end = start + hunk.new_lines() as usize;
                    lines.entry(path.to_owned()).or_default().push((start, end));
                }
                true
            }),
            None,
        ),
    )?;
    Ok(lines)
}

/// The bot's branch as fetched: whether its newest commit is the bot's own (someone else's
/// commit on top means a person took it over), and the files the bot's commits since `base`
/// change. Commits below the bot's (a base branch rebased or force-pushed since the bot built
/// on it) are not anyone's edit of the bot's work and do not count.
pub struct BotBranch {
    pub only_ours: bool,
    pub files: BTreeSet<String>,
}

pub fn bot_branch(
    repo: &Repository,
    branch: &str,
    base: &str,
) -> Result<Option<BotBranch>, GitError> {
    let base_tip = git(
        || format!("cannot read `{base}`"),
        repo.find_reference(&format!("refs/remotes/origin/{base}"))
            .and_then(|r| r.peel_to_commit()),
    )?;
    bot_branch_at(
        repo,
        &format!("refs/remotes/origin/{branch}"),
        base_tip.id(),
    )
}

/// [`bot_branch`] for the branch fetched as `reference`, built on `base` (`None`: no such
/// reference).
pub fn bot_branch_at(
    repo: &Repository,
    reference: &str,
    base: Oid,
) -> Result<Option<BotBranch>, GitError> {
    let Ok(found) = repo.find_reference(reference) else {
        return Ok(None);
    };
    let tip = git(
        || format!("cannot read {reference}"),
        found.peel_to_commit(),
    )?;
    let mut walk = git(|| "cannot walk history".into(), repo.revwalk())?;
    git(
        || "cannot walk history".into(),
        walk.set_sorting(git2::Sort::TOPOLOGICAL),
    )?;
    git(|| "cannot walk history".into(), walk.push(tip.id()))?;
    git(|| "cannot walk history".into(), walk.hide(base))?;
    let mut only_ours = true;
    let mut files = BTreeSet::new();
    for (i, oid) in walk.enumerate() {
        let oid = git(|| "cannot walk history".into(), oid)?;
        let commit = git(|| format!("cannot read {oid}"), repo.find_commit(oid))?;
        if commit.author().email().ok() != Some(BOT_EMAIL) {
            only_ours = i > 0;
            break;
        }
        if let Ok(parent) = commit.parent(0) {
            if let Some(changed) =
                changed_files(repo, Some(&parent.id().to_string()), &oid.to_string())?
            {
                files.extend(changed);
            }
        }
    }
    Ok(Some(BotBranch { only_ours, files }))
}

/// Force-push the local `branch` to the remote's branch of the same name.
pub fn force_push(repo: &Repository, token: &str, branch: &str) -> Result<(), GitError> {
    let mut remote = git(|| "no remote `origin`".into(), repo.find_remote("origin"))?;
    force_push_to(&mut remote, token, branch)
}

/// Force-push the local `branch` to `remote`'s branch of the same name; a push the server
/// refuses for that branch (a protected branch, a hook) is [`GitError::PushRejected`].
pub fn force_push_to(
    remote: &mut git2::Remote<'_>,
    token: &str,
    branch: &str,
) -> Result<(), GitError> {
    let mut rejected: Option<String> = None;
    {
        let mut callbacks = callbacks(token);
        callbacks.push_update_reference(|refname, status| {
            if let Some(message) = status {
                rejected = Some(format!("{refname}: {message}"));
            }
            Ok(())
        });
        let mut options = PushOptions::new();
        options.remote_callbacks(callbacks);
        options.proxy_options(proxy());
        let spec = format!("+refs/heads/{branch}:refs/heads/{branch}");
        git(
            || format!("cannot push `{branch}`"),
            remote.push(&[spec.as_str()], Some(&mut options)),
        )?;
    }
    match rejected {
        Some(message) => Err(GitError::PushRejected {
            branch: branch.to_owned(),
            message,
        }),
        None => Ok(()),
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::propose::git::BOT_NAME;

    /// A commit on `parent` writing `file`, by the bot or a person; its id.
    pub(crate) fn commit(repo: &Repository, parent: Option<Oid>, file: &str, bot: bool) -> Oid {
        let sig = if bot {
            git2::Signature::now(BOT_NAME, BOT_EMAIL)
        } else {
            git2::Signature::now("Mona", "mona@example.com")
        }
        .expect("signature");
        let mut tree = repo
            .treebuilder(
                parent
                    .map(|p| repo.find_commit(p).and_then(|c| c.tree()).expect("tree"))
                    .as_ref(),
            )
            .expect("tree builder");
        let blob = repo.blob(file.as_bytes()).expect("blob");
        tree.insert(file, blob, 0o100644).expect("insert");
        let tree = repo.find_tree(tree.write().expect("write")).expect("tree");
        let parents: Vec<git2::Commit> = parent
            .map(|p| repo.find_commit(p).expect("parent"))
            .into_iter()
            .collect();
        let parents: Vec<&git2::Commit> = parents.iter().collect();
        repo.commit(None, &sig, &sig, file, &tree, &parents)
            .expect("commit")
    }

    fn set(repo: &Repository, branch: &str, id: Oid) {
        repo.reference(&format!("refs/remotes/origin/{branch}"), id, true, "test")
            .expect("reference");
    }

    #[test]
    fn a_refused_token_is_recognised_through_the_errors_that_wrap_it() {
        let refused = || GitError::Git {
            what: "cannot push `parallelize/main`".to_owned(),
            source: git2::Error::from_str(TOKEN_REFUSED),
        };
        assert!(token_refused_in(&anyhow::Error::from(refused())));
        assert!(token_refused_in(
            &anyhow::Error::from(refused()).context("job 7: pushing the bot branch")
        ));
        let other = GitError::Git {
            what: "cannot push `parallelize/main`".to_owned(),
            source: git2::Error::from_str("unexpected http status code: 502"),
        };
        assert!(!token_refused_in(&anyhow::Error::from(other)));
        // The same words in another error's text are not a refused token.
        assert!(!token_refused_in(&anyhow::anyhow!(
            "a test printed: {TOKEN_REFUSED}"
        )));
    }

    #[test]
    fn a_branch_is_the_bot_s_while_its_newest_commit_is_the_bot_s() {
        let dir = tempfile::tempdir().expect("tempdir");
        let repo = Repository::init(dir.path()).expect("init");
        let base = commit(&repo, None, "a.py", false);
        let feature = commit(&repo, Some(base), "b.py", false);
        let ours = commit(&repo, Some(feature), "c.py", true);
        set(&repo, "feature", feature);
        set(&repo, "parallelize/pr-1", ours);
        let b = bot_branch(&repo, "parallelize/pr-1", "feature")
            .expect("read")
            .expect("exists");
        assert!(b.only_ours);
        assert_eq!(b.files, BTreeSet::from(["c.py".to_owned()]));

        // The pull request's branch was rebased: its old commit is below the bot's, not on top.
        let rebased = commit(&repo, Some(base), "b2.py", false);
        set(&repo, "feature", rebased);
        let b = bot_branch(&repo, "parallelize/pr-1", "feature")
            .expect("read")
            .expect("exists");
        assert!(b.only_ours, "a rebase is nobody's edit of the bot's branch");
        assert_eq!(b.files, BTreeSet::from(["c.py".to_owned()]));

        // A person's commit on top: taken over.
        let human = commit(&repo, Some(ours), "d.py", false);
        set(&repo, "parallelize/pr-1", human);
        let b = bot_branch(&repo, "parallelize/pr-1", "feature")
            .expect("read")
            .expect("exists");
        assert!(!b.only_ours);
        assert!(bot_branch(&repo, "parallelize/none", "feature")
            .expect("read")
            .is_none());
    }
}
