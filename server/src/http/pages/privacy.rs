//! `/privacy`: the privacy statement, from the node's configuration (operator, contact, mail
//! processor, database).

use actix_web::HttpResponse;
use deelwijs_frontend::views::PrivacyPage;

use super::Page;

pub async fn show(page: Page) -> HttpResponse {
    let config = &page.app.config;
    let mail_host = config.mail.as_ref().map(|mail| match url::Url::parse(&mail.url) {
        Ok(url) if url.scheme() != "sendmail" => url.host_str().unwrap_or_default().to_owned(),
        _ => "sendmail".to_owned(),
    });
    let view = PrivacyPage {
        node_name: page.ctx.node_name.clone(),
        public_url: config.public_url.clone(),
        operator: config.privacy.operator.clone(),
        contact: config.privacy.contact.clone(),
        mail_host,
        sqlite: page.app.db.is_sqlite(),
        providers: config.oidc.iter().map(|p| p.name.clone()).collect(),
    };
    page.ok(deelwijs_frontend::privacy(&page.ctx, &view))
}
