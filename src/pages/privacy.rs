//! `/privacy`: what Pinpoint stores, for how long, and who sees it, in
//! plain words. Keep it true to the code: change it with the code.

use yew::prelude::*;

#[function_component(PrivacyPage)]
pub fn privacy_page() -> Html {
    html! {
        <article class="prose">
            <h1>{ "Privacy" }</h1>
            <p class="lead">{ "Pinpoint keeps as little as it can, on the server your school or you run. No advertising, no tracking, no third parties." }</p>
            <h2>{ "If you only view a scene" }</h2>
            <p>{ "You need no account. Pinpoint sets no cookie for you and stores nothing about you." }</p>
            <h2>{ "If you have an account" }</h2>
            <ul>
                <li>{ "Your username, which others can see next to your scenes." }</li>
                <li>{ "Your email address, stored encrypted. Only you can see it." }</li>
                <li>{ "Your password, stored only as a one-way hash (argon2id): nobody can read it, not even the server's administrators." }</li>
                <li>{ "For students, your date of birth, stored encrypted. Classmates never see it." }</li>
                <li>{ "The scenes and pictures you make. They are private until you choose Unlisted (anyone with the link) or Public (listed on Explore)." }</li>
                <li>{ "One cookie, pinpoint_session, to keep you signed in. It lasts 30 days or until you log out, and the server stores only a hash of it." }</li>
            </ul>
            <h2>{ "Who sees your scenes" }</h2>
            <ul>
                <li><strong>{ "Private" }</strong>{ ": you, your teachers and your school's admins; and, if your school allows it, students of your school (read only)." }</li>
                <li><strong>{ "Unlisted" }</strong>{ ": anyone you give the link to. Never listed, and search engines are told not to index it." }</li>
                <li><strong>{ "Public" }</strong>{ ": anyone; listed on Explore." }</li>
            </ul>
            <p>{ "A scene someone may not see answers exactly as if it did not exist." }</p>
            <h2>{ "In a school" }</h2>
            <ul>
                <li>{ "Your teachers see your email address, never your date of birth. Your school's admins see both." }</li>
                <li>{ "Classmates never see your email address or date of birth. If your school allows it, they see your username, avatar and scenes." }</li>
                <li>{ "Your teachers can leave feedback on your scenes; only you, your teachers and your school's admins read it." }</li>
                <li>{ "Your school decides whether students may publish scenes publicly." }</li>
            </ul>
        </article>
    }
}
