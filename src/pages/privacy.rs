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
            <p>{ "You need no account. Pinpoint sets no cookie for you, keeps no identifier in your browser, and never stores your IP address, browser or language." }</p>
            <p>{ "The scene's owner sees anonymous counts per day: views, visitors, which hotspots were opened, link clicks, media plays and roughly how long people stayed. To count a visitor once a day, the server mixes the scene, your IP address and your browser's name with a random secret made for that day. Only the mixed result is kept, and it cannot be turned back into your address. When the day ends (UTC; at the latest an hour later) the secret and the mixed results are destroyed, so nothing links your visits across days; only the counts stay. If your browser sends Do Not Track or Global Privacy Control, only a bare view is counted. For scenes made by students, numbers under 5 are shown as \"fewer than 5\", so no single viewer stands out." }</p>
            <h2>{ "If you have an account" }</h2>
            <ul>
                <li>{ "Your username, which others can see next to your scenes." }</li>
                <li>{ "Your email address, stored encrypted. You can see it, and so can your school's admins; if you are a student, your teachers too. Classmates and everyone else never see it." }</li>
                <li>{ "Your password, stored only as a one-way hash (argon2id): nobody can read it, not even the server's administrators." }</li>
                <li>{ "For students, your date of birth, stored encrypted. You and your school's admins can see it; your teachers and classmates never do." }</li>
                <li>{ "The scenes and pictures you make. They start private: seen by you and, in a school, by its admins; a student's also by their teachers and (if the school allows it) its other students. Unlisted opens them to anyone with the link; Public also lists them on Explore. A picture or sound you upload but never use in a scene is deleted after a day." }</li>
                <li>{ "Your picture, if you choose one. Classmates see it only if your school allows it." }</li>
                <li>{ "One cookie, pinpoint_session (__Host-pinpoint_session on a server that uses HTTPS), to keep you signed in. It lasts 30 days or until you log out, and the server stores only a hash of it." }</li>
                <li>{ "Edits you have not saved yet, kept in this browser only (not sent anywhere) until the server has them. Logging out removes every account's unsaved edits from the browser, so the next person at a shared computer finds none." }</li>
                <li>{ "An activity log: sign-ins (and failed ones), sign-outs, password and settings changes, scenes created or deleted, visibility changes, data downloads. Each entry has its time and the IP address it came from, stored encrypted. Only you can read it, on your settings page. Several failed sign-ins in a row are kept as one entry that counts them. Entries are deleted after 90 days." }</li>
                <li>{ "To stop password guessing, the server counts failed sign-ins for a name and from an address for 15 minutes, by a keyed hash that cannot be turned back into either; past 10, signing in waits until the 15 minutes are over." }</li>
                <li>{ "Marketing emails only if you ask for them (never for students)." }</li>
            </ul>
            <h2>{ "If you sign in with a school account" }</h2>
            <p>{ "If this Pinpoint offers Sign in with Google, Microsoft or your school's own accounts, signing in that way sends you to that provider. It learns that you are signing in to this Pinpoint (and when); Pinpoint learns from it only who you are there (an identifier), your email address and whether the provider checked it. Pinpoint keeps just the provider and that identifier, to recognise you next time, and never your password there or any of the provider's tokens. It never joins an account to yours by email address alone: to use a school account with an account you already have, connect it in Settings. You can remove it there too (unless it is your only way in), and it is in Download my data and the activity log." }</p>
            <p>{ "If your school listed its email domain, your first sign-in makes you a student of that school, and you give your date of birth once; your school's admin can change your role." }</p>
            <h2>{ "If you open a scene from your course (LMS)" }</h2>
            <p>{ "Your school's learning platform (Canvas, Moodle, ...) tells Pinpoint, in a signed message, which scene to show. Pinpoint checks the message and shows the scene as it shows any shared link: you need no Pinpoint account, it sets no cookie, and it keeps nothing the platform says about you (not even your identifier there); your view is counted only anonymously, as above. The platform learns that you opened the scene, as for anything in your course." }</p>
            <p>{ "A teacher who adds scenes to courses links their account at the platform to their Pinpoint account once. Pinpoint keeps only that link: the platform and the teacher's identifier there. It is in Download my data and the activity log, and goes with the account." }</p>
            <h2>{ "Your rights" }</h2>
            <ul>
                <li>{ "See and change your username, email, picture and password on the settings page. A student's date of birth is changed by their school's admin." }</li>
                <li>{ "Download my data gives you one file with everything Pinpoint holds about you." }</li>
                <li>{ "Delete account removes your account, scenes, pictures, sounds, feedback and statistics at once; their links stop working. Only your activity log stays, for 30 days, in case of a security question, and is then deleted." }</li>
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
                <li>{ "Your teachers and your school's admins can see your scenes' view statistics." }</li>
                <li>{ "Your teachers can download their classes' work (your scenes, with their pictures and sounds). Your school's admins can download everything the school holds, including each account's data as Download my data gives it, to take it elsewhere." }</li>
                <li>{ "If your school is deleted, your account and everything in it go at once, as when you delete your account yourself; only the activity log stays, for 30 days." }</li>
            </ul>
            <h2>{ "Where it is kept" }</h2>
            <p>{ "On the server that runs this Pinpoint, in one database (SQLite, or PostgreSQL for larger installations) and a folder or storage bucket of uploaded files, which its operator runs. Email addresses, dates of birth and activity-log addresses are encrypted with a key kept beside them. Backups (the server keeps its last four weekly ones unless its operator chooses otherwise) hold the same data, except the visitor-counting secrets, and are kept as safely; something deleted stays in them until they are replaced." }</p>
        </article>
    }
}
