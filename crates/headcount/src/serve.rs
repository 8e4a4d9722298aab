//! `headcount serve`: the web dashboard and HTTP API of `headcount-web`, on a tokio
//! runtime of its own.

use chrono::NaiveDate;
use headcount_web::{App, Config};
use std::net::SocketAddr;
use std::process::ExitCode;

pub fn run(db: &str, addr: SocketAddr, today: Option<NaiveDate>) -> ExitCode {
    if db.starts_with("postgres://") || db.starts_with("postgresql://") {
        eprintln!("headcount: serve reads a SQLite file; the dashboard does not read PostgreSQL yet (ingest, events, show, company, status and rebuild do)");
        return ExitCode::from(2);
    }
    let mut config = Config::new(db);
    config.token = std::env::var("HEADCOUNT_TOKEN")
        .ok()
        .filter(|t| !t.is_empty());
    config.today = today;
    let app = match App::open(config) {
        Ok(app) => app,
        Err(e) => {
            eprintln!("headcount: {e}");
            return ExitCode::from(3);
        }
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            eprintln!("headcount: cannot start the server's runtime: {e}");
            return ExitCode::from(3);
        }
    };
    runtime.block_on(async move {
        let listener = match tokio::net::TcpListener::bind(addr).await {
            Ok(l) => l,
            Err(e) => {
                eprintln!("headcount: cannot listen on {addr}: {e}");
                return ExitCode::from(3);
            }
        };
        let bound = listener.local_addr().unwrap_or(addr);
        let scope = if bound.ip().is_loopback() {
            "only this machine can connect"
        } else {
            "other machines can connect"
        };
        eprintln!(
            "headcount: serving {db} at http://{bound}/ ({scope}; writes {}); Ctrl-C stops",
            if app.config().token.is_some() {
                "need the HEADCOUNT_TOKEN bearer token"
            } else {
                "off: set HEADCOUNT_TOKEN to allow them"
            }
        );
        match headcount_web::serve(app, listener).await {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("headcount: the server stopped: {e}");
                ExitCode::from(3)
            }
        }
    })
}
