//! Who is signed in, for every page: a context filled from `GET /api/me`
//! when the app starts and updated on sign-up, log-in and log-out. The
//! session itself stays in an HttpOnly cookie the app never sees.

use crate::api;
use crate::editor::local_draft;
use crate::route::Route;
use model::Me;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Clone, Debug, PartialEq)]
pub enum Session {
    /// Still asking the server.
    Loading,
    SignedOut,
    SignedIn(Me),
}

impl Session {
    pub fn me(&self) -> Option<&Me> {
        match self {
            Session::SignedIn(me) => Some(me),
            _ => None,
        }
    }
}

/// The session and a way to replace it.
#[derive(Clone, PartialEq)]
pub struct SessionHandle {
    pub session: Session,
    set: Callback<Session>,
}

impl SessionHandle {
    pub fn set(&self, session: Session) {
        self.set.emit(session);
    }

    /// After logging in or signing up: the account is signed in, and its
    /// scenes are the page to go to.
    pub fn enter(&self, me: Me, navigator: Option<Navigator>) {
        self.set(Session::SignedIn(me));
        if let Some(navigator) = navigator {
            navigator.push(&Route::Home);
        }
    }

    /// After logging out or deleting the account: the app forgets the
    /// session, and this browser every account's unsaved edits, so the
    /// next person at a shared computer finds none of them.
    pub fn sign_out(&self) {
        local_draft::clear_all();
        self.set(Session::SignedOut);
    }
}

#[derive(Properties, PartialEq)]
pub struct SessionProviderProps {
    pub children: Children,
}

#[function_component(SessionProvider)]
pub fn session_provider(props: &SessionProviderProps) -> Html {
    let session = use_state(|| Session::Loading);
    {
        let session = session.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                // If the server cannot be reached, show the signed-out app
                // rather than a page that waits forever.
                let known = match api::auth::me().await {
                    Ok(Some(me)) => Session::SignedIn(me),
                    Ok(None) | Err(_) => Session::SignedOut,
                };
                session.set(known);
            });
        });
    }
    let set = {
        let session = session.clone();
        Callback::from(move |next| session.set(next))
    };
    let handle = SessionHandle {
        session: (*session).clone(),
        set,
    };
    html! {
        <ContextProvider<SessionHandle> context={handle}>
            { props.children.clone() }
        </ContextProvider<SessionHandle>>
    }
}

/// The current session; must be used below `SessionProvider`.
#[hook]
pub fn use_session() -> SessionHandle {
    use_context::<SessionHandle>().expect("use_session is used inside SessionProvider")
}
