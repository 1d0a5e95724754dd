//! The command line: parses arguments and runs a subcommand (the `deelwijs` binary's body, in
//! the library so federation-tests can build the very same program).

use crate::config::{AdminCommand, Cli, Command, CreateUserArgs, CurriculumCommand, ImportArgs, MigrateArgs, ReindexArgs, ServeArgs, StorageArgs};
use crate::domain::account::{SignUp, SignUpInput};
use crate::domain::vocab::Role;
use crate::domain::Limits;
use crate::startup::{self, Settings};
use crate::{app, demo, store};
use clap::Parser;

/// Runs the program: logging, arguments, subcommand.
pub fn run() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::try_from_env("DEELWIJS_LOG").unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info")))
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stdout()))
        .with_writer(crate::log_writer::EscapingStdout)
        .init();
    let cli = Cli::parse();
    match cli.command {
        Command::Serve(args) => actix_web::rt::System::new().block_on(serve(*args)),
        Command::Migrate(args) => migrate(args),
        Command::Admin { command: AdminCommand::CreateUser(args) } => actix_web::rt::System::new().block_on(create_user(args)),
        Command::Reindex(args) => reindex(args),
        Command::Curriculum { command: CurriculumCommand::Import(args) } => actix_web::rt::System::new().block_on(import_curriculum(args)),
    }
}

async fn serve(args: ServeArgs) -> anyhow::Result<()> {
    startup::no_transparent_huge_pages();
    let settings = Settings {
        data_dir: args.storage.data_dir.clone(),
        database_url: args.storage.database_url(),
        public_url: args.public_url.clone(),
        limits: Limits { max_body_bytes: args.max_body_bytes, max_upload_bytes: args.max_upload_bytes },
        federation: args.federation.settings(),
        behind_proxy: args.behind_proxy,
        mail: args.mail.settings(&args.public_url),
        privacy: crate::app::PrivacySettings { operator: args.operator.clone(), contact: args.privacy_contact.clone() },
        oidc: args.oidc_providers.clone(),
        password_sign_in: args.password_sign_in,
    };
    tracing::info!(database = %settings.database_url.redacted(), data_dir = %settings.data_dir.display(), "opening");
    let app = startup::open_search(startup::open_app(&settings)?)?;
    if args.demo {
        let seeded = demo::seed(&app).await?;
        match seeded {
            Some(report) => tracing::info!(
                materials = report.materials,
                case_studies = report.case_studies,
                collections = report.collections,
                users = report.users,
                "demo content seeded"
            ),
            None => tracing::info!("demo content was already seeded"),
        }
    }
    let federation = startup::federation(&app).await?;
    let workers = startup::start_workers(&app, &federation)?;
    let http_workers = args.workers.unwrap_or_else(|| std::thread::available_parallelism().map_or(2, usize::from));
    let running = startup::start(app, federation, &args.bind, http_workers)?;
    tracing::info!(bind = %args.bind, port = running.port, public_url = %args.public_url, "Deelwijs is listening");
    running.server.await?;
    drop(workers);
    Ok(())
}

fn migrate(args: MigrateArgs) -> anyhow::Result<()> {
    let url = args.storage.database_url();
    if url.is_sqlite() {
        std::fs::create_dir_all(&args.storage.data_dir)?;
    }
    let pool = store::open(&url)?;
    if args.revert_all {
        let mut conn = pool.get()?;
        let reverted = store::revert_all_migrations(&mut conn)?;
        println!("reverted {reverted} migrations on {}", url.redacted());
    } else {
        println!("database {} is up to date", url.redacted());
    }
    Ok(())
}

async fn create_user(args: CreateUserArgs) -> anyhow::Result<()> {
    let role = Role::parse(&args.role).ok_or_else(|| anyhow::anyhow!("unknown role {:?}: use admin, moderator, editor or member", args.role))?;
    let settings = offline_settings(&args.storage);
    let app = startup::open_app(&settings)?;
    let input = SignUpInput {
        username: args.username.clone(),
        email: args.email.clone(),
        display_name: args.display_name.clone().unwrap_or_default(),
        password: args.password.clone(),
    };
    let sign_up = SignUp::parse(&input).map_err(|errors| {
        let problems: Vec<String> = errors.0.iter().map(|(field, problem)| format!("{field}: {}", problem.message_en())).collect();
        anyhow::anyhow!("invalid account: {}", problems.join("; "))
    })?;
    match app::accounts::create_account(&app, sign_up, role).await {
        Ok(user) => {
            println!("created {} account {}", role.as_str(), user.username);
            Ok(())
        }
        Err(app::AppError::Validation(errors)) => {
            let problems: Vec<String> = errors.0.iter().map(|(field, problem)| format!("{field}: {}", problem.message_en())).collect();
            anyhow::bail!("could not create the account: {}", problems.join("; "))
        }
        Err(other) => Err(other.into()),
    }
}

async fn import_curriculum(args: ImportArgs) -> anyhow::Result<()> {
    let text = std::fs::read_to_string(&args.file).map_err(|e| anyhow::anyhow!("cannot read {}: {e}", args.file.display()))?;
    let json: serde_json::Value = serde_json::from_str(&text).map_err(|e| anyhow::anyhow!("{} is not JSON: {e}", args.file.display()))?;
    let settings = offline_settings(&args.storage);
    let app = startup::open_app(&settings)?;
    match app::curricula::import(&app, None, json).await {
        Ok(report) => {
            println!(
                "imported \"{}\": {} goals ({} new, {} updated, {} retired), {} parent links, {} replacements",
                report.title, report.goals, report.created, report.updated, report.retired, report.parent_links, report.replacements
            );
            Ok(())
        }
        Err(app::AppError::BadRequest { message, .. }) => anyhow::bail!("{}: {message}", args.file.display()),
        Err(other) => Err(other.into()),
    }
}

fn reindex(args: ReindexArgs) -> anyhow::Result<()> {
    let settings = offline_settings(&args.storage);
    let mut app = startup::open_search(startup::open_app(&settings)?)?;
    let index = app.search.take().ok_or_else(|| anyhow::anyhow!("no search index"))?;
    let bar = indicatif::ProgressBar::new(0);
    bar.set_style(
        indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} documents ({per_sec}, {eta} left)")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    let started = std::time::Instant::now();
    let total = app::search::rebuild(&app, &index, |done, total| {
        bar.set_length(total as u64);
        bar.set_position(done as u64);
    })?;
    bar.finish_and_clear();
    let searchable = index.num_docs();
    println!("reindexed {total} documents ({searchable} searchable) in {:.1} s; merging segments", started.elapsed().as_secs_f64());
    // Exiting at once would abandon a merge still running (of segments smaller than the settled
    // size, which a rebuild writes only when documents are large or the node is small).
    let index = std::sync::Arc::try_unwrap(index).map_err(|_| anyhow::anyhow!("the search index is still in use"))?;
    index.close()?;
    println!("done in {:.1} s", started.elapsed().as_secs_f64());
    Ok(())
}

/// Settings for commands that do not serve: the public URL is not used to answer anyone.
fn offline_settings(storage: &StorageArgs) -> Settings {
    Settings {
        data_dir: storage.data_dir.clone(),
        database_url: storage.database_url(),
        public_url: "http://localhost:8080".to_owned(),
        limits: Limits::default(),
        federation: Default::default(),
        behind_proxy: false,
        mail: None,
        privacy: Default::default(),
        oidc: Vec::new(),
        password_sign_in: true,
    }
}
