import type { RecipeInput } from '../../lib/recipes/recipe-schema'

/**
 * Changes from our own interface that one Server Action answers: a form with field errors, a toggle
 * that flips at once, a staff-only button, a public form, a form that works without JavaScript.
 */

const guide = {
  serverActions: { title: 'Server Actions for your UI’s mutations', href: '/guide/server-actions/' },
  security: { title: 'Security checklist per entry point', href: '/guide/security-checklist/' },
}

const docs = {
  forms: { title: 'Next.js: Forms', href: 'https://nextjs.org/docs/app/guides/forms' },
  serverActions: {
    title: 'Next.js: Server Actions and Mutations',
    href: 'https://nextjs.org/docs/app/guides/server-actions',
  },
  dataSecurity: {
    title: 'Next.js: Authentication and authorization in actions',
    href: 'https://nextjs.org/docs/app/guides/data-security#authentication-and-authorization',
  },
}

export const formsAndButtonsRecipes: RecipeInput[] = [
  {
    slug: 'form-with-field-errors',
    title: 'A form with field errors',
    summary:
      'A settings or profile form that saves, or shows what is wrong beside each field and keeps what was typed.',
    description:
      'A settings form behind a Server Action: zod checks each field, useActionState shows each error beside its field with what was typed still in place, and the form works before JavaScript loads.',
    group: 'our-interface-changes-data',
    outcomes: ['server-action-mutation'],
    boundaries: ['server-action'],
    whenThisFits: [
      'A signed-in user edits something of their own, such as a profile, their settings or the details of a project, and expects one of two answers: “Saved”, or a message beside each field that is wrong, with what they typed still there.',
      'The form and the data belong to your own interface, so the smallest entry point is a Server Action that the form calls directly, with no URL to design. It is still a POST endpoint that anyone can send to. The action reads the session and validates every field itself, and it returns the errors as a value that useActionState draws instead of throwing them.',
      'If a mobile app or another client must make the same change, put the rule in a service that both call (/recipes/shared-rule/). For a form that nobody signs in to, such as a contact or newsletter form, see /recipes/public-form/. If the result should appear on a page of its own, see /recipes/form-without-javascript/.',
    ],
    featureWord: 'profile',
    files: [
      {
        path: 'app/settings/actions.ts',
        role: 'the Server Action: session, zod schema, save, revalidate',
      },
      { path: 'app/settings/profile-form.tsx', role: 'the form, with useActionState for errors and values' },
      { path: 'app/settings/page.tsx', role: 'the page that reads the user and fills the form' },
    ],
    code: [
      {
        file: 'app/settings/actions.ts',
        role: 'Reads the session, validates with zod, and returns a message per invalid field with what was typed.',
      },
      {
        file: 'app/settings/profile-form.tsx',
        role: 'Draws each field’s error beside it and puts the typed values back as defaultValue.',
      },
      {
        file: 'app/settings/page.tsx',
        role: 'A Server Component: reads the signed-in user and passes the current values to the form.',
      },
    ],
    runTargets: ['update-profile'],
    checklist: [
      'Read the session in the action on every call. Showing the form only to signed-in users protects nothing.',
      'Validate every field with one zod schema and return the first message for each invalid field, keyed by the field’s name.',
      'Return what was typed along with the errors, and use it as each input’s defaultValue. React resets the form after its action, and without JavaScript the answer is a newly drawn page.',
      'Mark each invalid input with aria-invalid and show its message beside it. Put the summary in a role="status" element so that it is announced.',
      'Return the failures a reader can fix, such as bad input or an ended session, as values. Throw only for bugs.',
      "After saving, revalidate the pages that show the data (here revalidatePath('/dashboard', 'layout')), so they stop showing the old value.",
      'Give the Server Action, through useActionState, to <form action>, so the form also works before its JavaScript has loaded.',
    ],
    traps: [
      {
        symptom:
          'After a save is refused, the inputs are empty or back to their old values, and the reader has to type everything again.',
        cause:
          'React resets a form whose action is a function once the action has finished, whatever it returned. Without JavaScript, the answer is a newly drawn page. An input with no value from the state comes back empty, or with the value of the first render.',
        fix: 'Return the submitted values in the state and use them as each input’s defaultValue, as ProfileForm does with state.values.',
      },
      {
        symptom:
          'When a field is wrong, an error page replaces the whole page (“This page couldn’t load” on Next.js 16), and the browser learns nothing about the field. In production the console reports the message below; on Next.js 16, built with Turbopack, it appears as “Minified React error #441”, which is the same message.',
        message:
          'An error occurred in the Server Components render. The specific message is omitted in production builds to avoid leaking sensitive details. A digest property is included on this error instance which may provide additional details about the nature of the error.',
        source: 'next',
        cause:
          'The action throws for bad input. useActionState cannot draw a thrown error: it goes to the nearest error boundary, and a production build keeps its message in the server log, beside the digest the page shows.',
        fix: 'Return { ok: false, fields } for anything the reader can fix. Throw only for bugs, and add an error.tsx for those.',
      },
      {
        symptom:
          'The first save fails on the action’s first line with a TypeError saying that formData.get is not a function.',
        cause:
          'useActionState calls the action with the previous state first and the FormData second. An action written as (formData) receives the state.',
        fix: 'Declare the action as (previousState, formData), as updateProfile does.',
      },
    ],
    readNext: [
      guide.serverActions,
      guide.security,
      {
        title: 'Next.js: Validation errors',
        href: 'https://nextjs.org/docs/app/guides/forms#validation-errors',
      },
      { title: 'React: useActionState', href: 'https://react.dev/reference/react/useActionState' },
    ],
    searchWords: [
      'form',
      'settings',
      'profile',
      'validation',
      'field errors',
      'zod',
      'useActionState',
      'edit',
      'save',
    ],
  },

  {
    slug: 'optimistic-toggle',
    title: 'A toggle that flips at once',
    summary:
      'A star, like, follow or pin button that changes the moment it is clicked and goes back if the server refuses.',
    description:
      'A star button with useOptimistic: it flips before the Server Action answers, sends the new state rather than “toggle” so that a retry cannot undo it, and goes back with the reason when the action refuses.',
    group: 'our-interface-changes-data',
    outcomes: ['server-action-mutation'],
    boundaries: ['server-action'],
    whenThisFits: [
      'One click changes one small thing: starring a project, liking a post, following a person, pinning an item. A button that waits a round trip before it moves feels broken, so it shows the new state at once and settles when the server answers.',
      'The click comes from your own interface, so a Server Action is the entry point. useOptimistic shows the change while the action runs and drops it once the action has answered, so a refusal needs no undo code: the button goes back to the state the action returned. The button sends the state it wants (starred=true), never “toggle”. A double click, a retried request or a second tab then ends where the reader last clicked.',
      'The flip needs JavaScript: until the page has hydrated, the button does nothing. For a form whose result must show without JavaScript, see /recipes/form-without-javascript/. For a delete whose row must leave the list at once, see /recipes/delete-row-at-once/. For clicks on many items sent together, see /recipes/several-operations-at-once/, since the browser sends actions one at a time.',
    ],
    featureWord: 'star',
    files: [
      { path: 'app/explore/star-button.tsx', role: 'the button: useActionState and useOptimistic' },
      { path: 'app/explore/actions.ts', role: 'the Server Action that sets the star to the state sent' },
      { path: 'app/explore/page.tsx', role: 'the page that lists projects with their stars' },
    ],
    code: [
      {
        file: 'app/explore/star-button.tsx',
        role: 'Shows the new state inside the form’s transition and falls back to what the action answers.',
      },
      {
        file: 'app/explore/actions.ts',
        role: 'Takes starred=true or false, never “toggle”, checks the session and the project, and sets the state.',
      },
      {
        file: 'app/explore/page.tsx',
        role: 'A Server Component: draws each button with the reader’s current stars.',
      },
    ],
    runTargets: ['set-project-star'],
    checklist: [
      'Send the new state (starred=true or false) and make the action set it. The same request sent twice must leave the same result.',
      'Call the optimistic setter inside the form’s action or inside startTransition, so that the flip lasts exactly as long as the action.',
      'Base the optimistic value on what the action answers (useActionState here), not on a prop that never changes, or the button flips back after a success.',
      'On a refusal, return the state the server holds and a reason for the button to show. Do not throw.',
      'Read the session in the action and check that the reader may see the item: another user’s draft answers like a project that does not exist.',
      'Revalidate the page that shows the stars, so that the next visit (the back button included) draws the new state.',
      'Give the button aria-pressed and a name that says which item it stars.',
    ],
    traps: [
      {
        symptom:
          'After a double click, a retried request or a click in a second tab, the item is unstarred although the reader’s last click starred it.',
        cause:
          'The button sends “toggle” and the server flips whatever it holds, so every extra copy of the request flips it again.',
        fix: 'Send the state the reader asked for (starred=true or false) and make the action set it. Such a request can be repeated safely.',
      },
      {
        symptom:
          'The star flips and the save succeeds, then the button shows the old state again until the page is reloaded.',
        cause:
          'useOptimistic shows its value only while the action runs. After that it shows its base value, and here the base was a prop from the first render that nothing updated.',
        fix: 'Base it on the state the action returns (useActionState), or revalidate the page so that the server sends the new prop in the same response.',
      },
      {
        symptom:
          'On a slow phone, clicks on the star before the page has hydrated do nothing, and with JavaScript off it never works. The page’s HTML shows this as the form’s action:',
        message: "javascript:throw new Error('React form unexpectedly submitted.')",
        source: 'next',
        cause:
          'The form’s action is a client function, since it sets the optimistic state before it calls the Server Action. The browser cannot post a client function, so React draws a javascript: URL in its place until it has hydrated.',
        fix: 'For a toggle that is usually fine: the click can be repeated a moment later. When the change must work before JavaScript loads, give the form the Server Action itself and do without the optimistic flip (/recipes/form-without-javascript/).',
      },
    ],
    readNext: [
      guide.serverActions,
      {
        title: 'Next.js: Optimistic updates',
        href: 'https://nextjs.org/docs/app/guides/forms#optimistic-updates',
      },
      { title: 'React: useOptimistic', href: 'https://react.dev/reference/react/useOptimistic' },
      {
        title: 'Next.js: Sequential dispatch on the client',
        href: 'https://nextjs.org/docs/app/guides/server-actions#sequential-dispatch-on-the-client',
      },
    ],
    searchWords: [
      'toggle',
      'like',
      'star',
      'favourite',
      'favorite',
      'follow',
      'pin',
      'upvote',
      'optimistic',
      'useOptimistic',
      'instant',
    ],
  },

  {
    slug: 'role-checked-action',
    title: 'An admin or moderator action',
    summary:
      'An approve, ban, refund or delete button that only some roles may press, checked on the server for every press.',
    description:
      'A moderation queue’s Approve and Reject buttons as a Server Action that checks the role next to the change: 401 without a session, 403 for a member, 409 when someone else decided first.',
    group: 'our-interface-changes-data',
    outcomes: ['server-action-mutation'],
    boundaries: ['server-action'],
    whenThisFits: [
      'Some buttons are for staff only: approving or rejecting a comment, banning a user, refunding an order, deleting anything. The page shows them only to admins, but each button is a form that posts to a Server Action. Anyone signed in can send that POST: from a tab drawn while they were an admin, from a copied request, or from a script.',
      'Every press passes through the action, so the action is where the role is checked: right before the change, after the session and before the input is read. A member gets a 403-style answer (“You do not have permission to moderate comments.”) and nothing changes. Without a session the answer is 401-style. The role comes from the user record on the server, never from the form.',
      'If an admin tool, a job or an API makes the same change, move the rule and the role check into a service that every entry point calls (/recipes/shared-rule/). If the row must disappear from the table at once, see /recipes/delete-row-at-once/.',
    ],
    featureWord: 'moderation',
    files: [
      {
        path: 'app/moderation/actions.ts',
        role: 'the Server Action: session, role, input, then the change',
      },
      {
        path: 'app/moderation/page.tsx',
        role: 'the queue, with Approve and Reject for each pending comment',
      },
    ],
    code: [
      {
        file: 'app/moderation/actions.ts',
        role: 'Checks the session (401), the role (403), the input (422), the comment (404, 409), then changes it.',
      },
      {
        file: 'app/moderation/page.tsx',
        role: 'Shows the queue to admins only. That is a convenience: the action checks the role again.',
      },
    ],
    runTargets: ['moderate-comment'],
    checklist: [
      'Check the role in the action, next to the change, on every call. Hiding the button or the page only helps people.',
      'Read the session first (a 401-style answer without one), then the role (a 403-style answer), then the input, so that a member learns nothing about which ids exist.',
      'Read the role from the user record on the server for this request, never from a hidden field, a cookie the client can write, or a token that outlives a demotion.',
      'Return each refusal as a value the form shows, with a status that your tests can assert. Throw only for bugs.',
      'Refuse a change that someone else already made (a 409-style answer) instead of overwriting it.',
      'Record who made the decision (moderatedBy here).',
      'After the change, revalidate the page of the queue.',
    ],
    traps: [
      {
        symptom:
          'A member posts the Approve form (from a tab opened while they were an admin, or with a script) and the comment is approved.',
        cause:
          'Only the page checks the role. That check runs when the page is drawn, but the action is an endpoint of its own and runs for whoever sends the POST.',
        fix: 'Check the role inside the action, before the change, as moderateComment does.',
      },
      {
        symptom: 'Every signed-in member can approve comments, although none of them sees the button.',
        cause:
          'The action checks that someone is signed in, not who: the session lookup returned a member and the code went on.',
        fix: "After the session check, refuse every role that may not do this (user.role !== 'admin' here) with a 403-style answer.",
      },
      {
        symptom: 'An admin who was demoted an hour ago can still approve comments.',
        cause:
          'The role is read from something the client holds: a hidden field, a cookie, or a claim copied into a session token at sign-in.',
        fix: 'Read the role from the user record on the server on each call, or keep session tokens short-lived and revoke them when a role changes.',
      },
    ],
    readNext: [guide.security, guide.serverActions, docs.dataSecurity, docs.serverActions],
    searchWords: [
      'admin',
      'moderator',
      'moderation',
      'approve',
      'reject',
      'role',
      'permission',
      'authorization',
      '403',
      'forbidden',
      'staff',
      'ban',
    ],
  },

  {
    slug: 'public-form',
    title: 'A public form with no sign-in',
    summary: 'A contact, newsletter, feedback or waiting-list form that anyone can send without an account.',
    description:
      'A contact form as a Server Action with no session: zod validation, a honeypot for bots, and a rate limit by client address and by email that answers “Too many attempts, try again in N minutes”. No answer mentions signing in.',
    group: 'our-interface-changes-data',
    outcomes: ['server-action-mutation'],
    boundaries: ['server-action'],
    whenThisFits: [
      'Anyone on the site can send the form: a contact form, a newsletter sign-up, a feedback box, a waiting list. Nobody signs in, so there is no session to read and no owner to check. The risks are bots and floods.',
      'The form is part of your own site, so a Server Action fits; a Route Handler would only add a URL to design and a response to parse. Three checks take the place of the session check: a hidden honeypot field that people never fill in (bots get the same thanks, and nothing is stored), a rate limit by client address and by email address, and the zod schema. None of the answers mentions signing in, since there is nothing to sign in to.',
      "A site built with output: 'export' has no server to run the action; post to a hosted form endpoint instead (/recipes/static-export-form/). For a form that signed-in users fill in, see /recipes/form-with-field-errors/.",
    ],
    featureWord: 'contact',
    files: [
      {
        path: 'app/contact/actions.ts',
        role: 'the Server Action: honeypot, rate limits, zod, store',
      },
      { path: 'app/contact/page.tsx', role: 'the form, with the hidden honeypot field' },
      {
        path: 'lib/rate-limit.ts',
        role: 'a fixed-window counter per key and the “Too many attempts” answer',
      },
      { path: 'lib/client-address.ts', role: 'the client address your own proxy recorded' },
    ],
    code: [
      {
        file: 'app/contact/actions.ts',
        role: 'Reads no session: the honeypot first, then the limit by address, validation, the limit by email.',
      },
      {
        file: 'app/contact/page.tsx',
        role: 'The form, and a honeypot field hidden from people and from assistive technology.',
      },
      {
        file: 'lib/rate-limit.ts',
        role: 'Counts attempts per key in 10-minute windows and says how many minutes are left.',
      },
      {
        file: 'lib/client-address.ts',
        role: 'Takes the X-Forwarded-For entry your proxy appended, not one the client wrote.',
      },
    ],
    runTargets: ['contact'],
    checklist: [
      'Read no session and say nothing about signing in. Copy nothing from the first lines of a signed-in action.',
      'Check the honeypot first, and give a bot the same thanks while storing and counting nothing.',
      'Rate limit by client address before validating and by email address after it, and put the wait in the answer: “Too many attempts, try again in N minutes.”',
      'Take the client address from the X-Forwarded-For entry that your own proxy wrote (the last one, with one proxy). The entries before it are whatever the client sent.',
      'Once the app runs on more than one instance or on serverless functions, keep the counts in a store they all share (Redis, the database). Counts in memory belong to one instance and are lost on restart.',
      'Validate every field with zod and answer bad input with the field’s message.',
      'Hide the honeypot from people and from assistive technology: display: none, aria-hidden, tabIndex -1, autoComplete off.',
    ],
    traps: [
      {
        symptom:
          'A visitor with no account sends the newsletter form and reads “Your session has ended. Sign in again.”',
        message: 'Your session has ended. Sign in again.',
        source: 'app',
        cause: 'The action was copied from a signed-in one and still begins with the session check.',
        fix: 'Remove the session check, because a public form has no session. Put the honeypot, the rate limit and validation in its place.',
      },
      {
        symptom:
          'A script sends thousands of messages with a new X-Forwarded-For value each time, and the limit by address never starts refusing.',
        cause:
          'The limit trusts the first X-Forwarded-For entry, which the client writes. next start adds the socket’s address only when the header is missing, so unless a proxy in front rewrites it, the whole header comes from the client.',
        fix: 'Use the entry your own proxy appends (the last one with one proxy; raise trustedProxies for more), and limit by email address as well, as the action does.',
      },
      {
        symptom:
          'The limit works on your machine, but floods get through in production, or every count is forgotten after a deploy.',
        cause:
          'The counts live in one process’s memory. Each instance, or each serverless function, keeps its own, and a restart clears them.',
        fix: 'Keep the counts in a shared store with keys that expire, or use your host’s rate limiting. The Next.js docs give the same advice for rate limiters that count in memory.',
      },
    ],
    readNext: [
      guide.security,
      guide.serverActions,
      {
        title: 'Next.js: Rate limiting',
        href: 'https://nextjs.org/docs/app/guides/backend-for-frontend#rate-limiting',
      },
      { title: 'Next.js: headers', href: 'https://nextjs.org/docs/app/api-reference/functions/headers' },
    ],
    searchWords: [
      'contact form',
      'newsletter',
      'sign-up',
      'subscribe',
      'feedback',
      'waiting list',
      'anonymous',
      'public',
      'rate limit',
      'honeypot',
      'spam',
      'bot',
      'captcha',
    ],
  },

  {
    slug: 'form-without-javascript',
    title: 'A form that works without JavaScript',
    summary:
      'A form that must work before the page’s JavaScript has loaded, or with JavaScript off, and then show its result.',
    description:
      'An invite form whose Server Action is its form action. Without JavaScript, the server draws the errors in its answer to the POST and redirects to the result page with a 303. With JavaScript, the same code runs without a reload.',
    group: 'our-interface-changes-data',
    outcomes: ['server-action-mutation'],
    boundaries: ['server-action'],
    whenThisFits: [
      'The form must do its job before the page’s JavaScript has loaded, or when it never does: on a slow phone or a flaky network, for a reader who presses Send as soon as the page appears, in a browser with scripts turned off. Inviting a teammate, booking a slot, answering an invitation, a step of a checkout.',
      'React and Next.js handle this when the Server Action itself is the form’s action, directly or through useActionState. The server draws a form that the browser can post like any HTML form. Next.js runs the action and answers with the page drawn again from the action’s state, with the field errors in it. A redirect() in the action becomes a 303 to the result page, so reloading that page shows the result again instead of posting the form again. Once JavaScript has loaded, the same form is sent without a reload, and redirect() becomes a client-side navigation.',
      'Anything that needs a client function as the form’s action, such as an optimistic flip or a toast, works only after hydration: see /recipes/optimistic-toggle/. For a public form with no session, see /recipes/public-form/. For field errors on a form for signed-in users, see /recipes/form-with-field-errors/.',
    ],
    featureWord: 'invite',
    files: [
      {
        path: 'app/team/invite/actions.ts',
        role: 'the Server Action: session, zod, store, redirect() to the result',
      },
      { path: 'app/team/invite/invite-form.tsx', role: 'the form, with the action as its action' },
      { path: 'app/team/invite/page.tsx', role: 'the page with the form' },
      { path: 'app/team/invites/[id]/page.tsx', role: 'the result page the action redirects to' },
    ],
    code: [
      {
        file: 'app/team/invite/actions.ts',
        role: 'Returns errors and the typed value as state; on success, redirect() outside any try/catch.',
      },
      {
        file: 'app/team/invite/invite-form.tsx',
        role: 'useActionState’s formAction is the form’s action, so the browser can post it before hydration.',
      },
      {
        file: 'app/team/invite/page.tsx',
        role: 'A Server Component: reads the session and draws the form.',
      },
      {
        file: 'app/team/invites/[id]/page.tsx',
        role: 'The result, on a page of its own: a reload shows it again and posts nothing.',
      },
    ],
    runTargets: ['create-invite'],
    checklist: [
      'Give the Server Action, or useActionState’s formAction, to <form action>. Never a client function, an onSubmit handler or fetch.',
      'Return the errors and the typed values as state. Without JavaScript they arrive in the page the server draws for the POST.',
      'On success, redirect() to a page that shows the result, so that a reload or the back button does not post the form again.',
      'Call redirect() outside any try/catch: it ends the action by throwing.',
      'Make a repeated post land on the same result (the existing invitation here), since a reader may press Send twice before anything answers.',
      'Read the session in the action and in the result page. The result page shows nothing to anyone else (notFound()).',
      'Try it with JavaScript turned off: submit, see the errors, submit again, land on the result.',
    ],
    traps: [
      {
        symptom:
          'Pressing Send before the page has finished loading reloads the page with the fields in the address bar (?email=…), and nothing is sent.',
        cause:
          'An onSubmit handler sends the form with fetch, and the form has no action. Until React has hydrated there is no handler, so the browser submits the form itself, as a GET to the same address.',
        fix: 'Give the form the Server Action as its action. React then draws a form that the browser can post before hydration.',
      },
      {
        symptom:
          'The invitation is saved, but the form shows the catch block’s message and stays on the page. A logged error reads:',
        message: 'NEXT_REDIRECT',
        source: 'next',
        cause:
          'redirect() works by throwing an error, and a try/catch around it caught that error as a failure.',
        fix: 'Call redirect() after the try/catch, or call unstable_rethrow(error) first in the catch block.',
      },
      {
        symptom:
          'With JavaScript off, or before the page has hydrated, pressing the button does nothing. The page’s HTML shows this as the form’s action:',
        message: "javascript:throw new Error('React form unexpectedly submitted.')",
        source: 'next',
        cause:
          'The form’s action is a client function, for example one that wraps the Server Action to show a toast. The browser cannot post a client function, so React draws a javascript: URL in its place.',
        fix: 'Give action the Server Action itself, or useActionState’s formAction. Put client-only extras in a component that reads useFormStatus.',
      },
    ],
    readNext: [
      guide.serverActions,
      docs.forms,
      {
        title: 'Next.js: redirect in Server Actions',
        href: 'https://nextjs.org/docs/app/api-reference/functions/redirect#behavior',
      },
      {
        title: 'Next.js: unstable_rethrow',
        href: 'https://nextjs.org/docs/app/api-reference/functions/unstable_rethrow',
      },
    ],
    searchWords: [
      'without JavaScript',
      'no JavaScript',
      'progressive enhancement',
      'before hydration',
      'redirect',
      'post redirect get',
      'invite',
      'form action',
      'slow network',
    ],
  },
]
