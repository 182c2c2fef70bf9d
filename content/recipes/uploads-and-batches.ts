import type { RecipeInput } from '../../lib/recipes/recipe-schema'

const docs = {
  sequentialDispatch: {
    title: 'Server Actions: sequential dispatch on the client (Next.js docs)',
    href: 'https://nextjs.org/docs/app/guides/server-actions#sequential-dispatch-on-the-client',
  },
  cacheUpdate: {
    title: 'Server Actions: choosing a cache update (Next.js docs)',
    href: 'https://nextjs.org/docs/app/guides/server-actions#choosing-a-cache-update',
  },
  bodySizeLimit: {
    title: 'serverActions.bodySizeLimit (Next.js docs)',
    href: 'https://nextjs.org/docs/app/api-reference/config/next-config-js/serverActions#bodysizelimit',
  },
  verifyPayloads: {
    title: 'Backend for frontend: verify payloads (Next.js docs)',
    href: 'https://nextjs.org/docs/app/guides/backend-for-frontend#verify-payloads',
  },
  forms: {
    title: 'Forms with Server Actions (Next.js docs)',
    href: 'https://nextjs.org/docs/app/guides/forms',
  },
  revalidatePath: {
    title: 'revalidatePath (Next.js docs)',
    href: 'https://nextjs.org/docs/app/api-reference/functions/revalidatePath',
  },
  updateTag: {
    title: 'updateTag (Next.js docs)',
    href: 'https://nextjs.org/docs/app/api-reference/functions/updateTag',
  },
  useRouter: {
    title: 'useRouter and router.refresh() (Next.js docs)',
    href: 'https://nextjs.org/docs/app/api-reference/functions/use-router',
  },
  dataSecurity: {
    title: 'Data security (Next.js docs)',
    href: 'https://nextjs.org/docs/app/guides/data-security',
  },
  route: {
    title: 'route.ts file convention (Next.js docs)',
    href: 'https://nextjs.org/docs/app/api-reference/file-conventions/route',
  },
}

const guide = {
  serverActions: { title: 'Server Actions for your UI’s mutations', href: '/guide/server-actions/' },
  services: { title: 'Services: keep rules out of transport', href: '/guide/services/' },
  security: { title: 'Security checklist per entry point', href: '/guide/security-checklist/' },
}

const sessionEveryCall =
  'Read the session on every call: a form or button only your signed-in pages show is still a POST endpoint anyone can send.'

export const uploadsAndBatchesRecipes: RecipeInput[] = [
  {
    slug: 'several-operations-at-once',
    title: 'Several operations at once: fan out inside one Server Action',
    summary:
      'One click starts several slow calls: four variations from a model, a bulk action on the selected rows.',
    description:
      'Generate four variations, or act on every selected row, with one Server Action that makes the calls in parallel and reports each result, because the Next.js client sends actions one at a time.',
    group: 'our-interface-changes-data',
    outcomes: ['server-action-mutation'],
    boundaries: ['server-action'],
    whenThisFits: [
      'The reader presses one button and expects several things to happen: four taglines from a model, an email to each selected member, a status change on every checked row. Each item is a slow call of its own, and the page should say which ones worked.',
      'It is a change that starts in your own interface, so it is a Server Action. But the Next.js client sends Server Actions one at a time: it waits for the answer to one before it sends the next (the Server Actions guide calls this sequential dispatch; in the code it is the client router’s action queue). Four calls to the action with `Promise.all` take four round trips in a row. Send the whole batch in one call instead, and fan out inside the action with `Promise.allSettled`: the four model calls run at the same time on the server, and one failure does not throw away the others.',
      'Use Route Handlers only when the browser must keep separate requests in flight, each with its own progress and cancel button: then each item is a fetch to a POST handler that checks the session and refuses cross-site posts itself, and the page calls `router.refresh()` when they are done. A batch that runs for minutes belongs on a queue: see [a long-running job](/recipes/long-running-job/). For a single form with field errors, see [a form with field errors](/recipes/form-with-field-errors/).',
    ],
    featureWord: 'variation',
    files: [
      {
        path: 'app/dashboard/variations/actions.ts',
        role: 'the action: validates the batch, makes the calls at once, reports each one',
      },
      {
        path: 'app/dashboard/variations/variations-form.tsx',
        role: 'the form: one submit, one result line per variation',
      },
    ],
    code: [
      {
        file: 'app/dashboard/variations/actions.ts',
        role: 'One action call for the whole batch. `Promise.allSettled` runs the model calls in parallel and keeps a result for each, failed or not.',
      },
      {
        file: 'app/dashboard/variations/variations-form.tsx',
        role: 'The form sends the prompt and the count once, and lists what came back for each variation.',
      },
    ],
    runTargets: ['generate-variations'],
    checklist: [
      'Send the whole batch in one action call; never call the action once per item, since the client sends them one after another.',
      'Fan out inside the action with `Promise.allSettled`, and return one result per item: what it made, or why it failed.',
      'Keep what worked when some items fail, and say how many of the batch succeeded.',
      'Cap the batch in the schema (here four): every item is a call to a metered or rate-limited service.',
      sessionEveryCall,
      'Validate the whole request with zod before the first outside call.',
      'Show the reader only messages meant for them; map any other error to a plain sentence.',
      'Revalidate once after the batch, and only when something changed.',
    ],
    traps: [
      {
        symptom:
          'Four variations started with `Promise.all` over four action calls take four times as long as one, and their pending states end one after another.',
        cause:
          'The Next.js client queues Server Actions: each call is sent only once the previous one has answered. The server would run them side by side, but it never receives them together.',
        fix: 'Send one action call with the whole batch, and run the items in parallel inside it.',
      },
      {
        symptom:
          'One failed item loses the whole batch: the reader sees an error and none of the variations that worked.',
        cause:
          '`Promise.all` rejects on the first failure; the action throws and the results of the other calls are dropped.',
        fix: 'Use `Promise.allSettled`, save the fulfilled results, and return each item’s outcome.',
      },
      {
        symptom:
          'A bulk action on 200 selected rows makes 200 calls at once, and the outside service answers most of them with 429.',
        cause: 'Fanning out has no limit of its own: every item starts at the same moment.',
        fix: 'Cap the batch size in the schema, or work through it a few items at a time; a batch that takes minutes goes on a queue.',
      },
    ],
    readNext: [
      docs.sequentialDispatch,
      {
        title: 'Mutating data: invoking Server Functions (Next.js docs)',
        href: 'https://nextjs.org/docs/app/getting-started/mutating-data#invoking-server-functions',
      },
      guide.serverActions,
      { title: 'Recipe: a long-running job', href: '/recipes/long-running-job/' },
    ],
    searchWords: [
      'batch',
      'bulk action',
      'several at once',
      'parallel',
      'Promise.all',
      'Promise.allSettled',
      'generate variations',
      'multiple',
      'select all',
      'one at a time',
      'queue',
      'concurrent',
    ],
  },
  {
    slug: 'small-file-upload',
    title: 'A small file upload through a Server Action',
    summary: 'An avatar or a small attachment, well under 1 MB, sent with the form.',
    description:
      'Upload an avatar with a Server Action: check the File’s size and real type before reading it, stay under the 1 MB body limit of Server Actions, and know what raising the limit costs.',
    group: 'our-interface-changes-data',
    outcomes: ['server-action-mutation'],
    boundaries: ['server-action'],
    whenThisFits: [
      "A profile picture, a logo, a one-page scan: a file small enough to travel inside the form’s own request and be saved like any other field. The form posts with or without JavaScript, and the action reads the file as `formData.get('avatar')`, a Web `File` with a name, a type and a size.",
      'Next.js caps the whole request body of a Server Action at 1 MB by default, multipart headers and other fields included. The setting is `experimental.serverActions.bodySizeLimit` in `next.config`, under experimental on Next.js 16 and 15 alike. A body past the cap never reaches your action: Next.js stops reading it and answers with an error, not with your field message. So the action’s own limit sits well below the cap (512 KB here), and the form stops a larger file before it is sent.',
      'For video, long recordings or archives, let the browser upload straight to storage instead: see [a large file upload](/recipes/large-file-upload/). For a form whose text fields need messages too, see [a form with field errors](/recipes/form-with-field-errors/).',
    ],
    featureWord: 'avatar',
    files: [
      { path: 'app/account/avatar/actions.ts', role: 'the action: session, size, real type, then save' },
      { path: 'app/account/avatar/avatar-form.tsx', role: 'the form, which stops a file over the limit' },
      { path: 'features/avatars/image-type.ts', role: 'the type check by the file’s first bytes' },
      { path: 'features/avatars/avatar-rules.ts', role: 'the size limit both sides share' },
    ],
    code: [
      {
        file: 'app/account/avatar/actions.ts',
        role: 'The action checks the File’s size, then reads only its first bytes to learn its type, and only then the whole file.',
      },
      {
        file: 'app/account/avatar/avatar-form.tsx',
        role: 'The form checks the size as soon as a file is chosen, so a large file is never sent.',
      },
      {
        file: 'features/avatars/image-type.ts',
        role: 'PNG, JPEG and WebP by their signatures; the name and the type the browser sends are not evidence.',
      },
      {
        file: 'features/avatars/avatar-rules.ts',
        role: 'One limit and one message for the form and the action.',
      },
    ],
    runTargets: [],
    checklist: [
      sessionEveryCall,
      'Check that `formData.get()` gave a `File` with a size above 0: a form with no file chosen still sends an empty one.',
      'Check `file.size` before reading the file, against your own limit well below the 1 MB body cap, which counts the whole multipart body.',
      'Learn the type from the file’s first bytes and accept only an allow-list (PNG, JPEG, WebP); never trust the name or `file.type`, and refuse SVG for images others will see, since it can carry script.',
      'Check the size in the browser as well, before the form is sent: past the cap the action never runs and the reader gets an error page instead of your message.',
      'Store the bytes you checked under a name you choose, never a path or name from the client.',
      'Revalidate the page that shows the file.',
    ],
    traps: [
      {
        symptom:
          'A 2 MB photo does not get the action’s “at most 512 KB” message: the request answers 500 and the reader sees the framework’s error screen (with JavaScript) or a bare “Internal Server Error” page (without). The server logs:',
        message: 'Body exceeded {limit} limit.',
        source: 'next',
        cause:
          'Next.js counts the body while it reads the request, before the action runs. Past `bodySizeLimit` (1 MB by default) it throws, and on Next.js 16 and 15 alike it answers 500, not 413, so no code of yours can turn it into a field error.',
        fix: 'Check `file.size` in the form before it is sent, keep the action’s own limit below the cap with room for the multipart overhead, and send larger files straight to storage.',
      },
      {
        symptom:
          "After raising `bodySizeLimit` to `'300mb'`, uploads work on your machine, then fail once deployed, or the server runs out of memory when a few arrive together.",
        cause:
          'The setting applies to every Server Action of the app, and Next.js parses the whole multipart body into memory before the action starts. Serverless hosts also cap request bodies on their own, whatever `next.config` says.',
        fix: 'Raise the limit only as far as your largest real small file, plus some 10–20 KB for the multipart overhead; upload anything large from the browser to storage with a signed URL.',
      },
      {
        symptom: 'A text or HTML file renamed avatar.png is saved and later served as an image.',
        cause: 'The file name and `file.type` are whatever the client sent.',
        fix: 'Read the first bytes, match them against the image signatures you accept, and store the type you found.',
      },
    ],
    readNext: [
      docs.bodySizeLimit,
      docs.forms,
      docs.verifyPayloads,
      { title: 'Recipe: a large file upload', href: '/recipes/large-file-upload/' },
      guide.security,
    ],
    searchWords: [
      'upload',
      'file upload',
      'avatar',
      'profile picture',
      'attachment',
      'image',
      'FormData',
      'File',
      'bodySizeLimit',
      'body size limit',
      '1 MB',
      'MIME type',
      'magic bytes',
    ],
  },
  {
    slug: 'large-file-upload',
    title: 'A large file upload straight to storage with a signed URL',
    summary: 'A video, a recording or an archive of hundreds of megabytes, sent from the browser to storage.',
    description:
      'Upload a 250 MB video without passing it through Next.js: a Server Action signs a short-lived PUT URL for one key, size and type, the browser uploads to storage, and a second action records the upload.',
    group: 'our-interface-changes-data',
    outcomes: ['server-action-mutation'],
    boundaries: ['server-action', 'external'],
    whenThisFits: [
      'A reader picks a 250 MB video, a podcast episode or a zip of photos. The bytes should go from the browser to object storage (S3 or a service with the same API) and never pass through your Next.js server, which would hold them in memory for minutes; a serverless function refuses such a body before your code even runs.',
      'Your app only decides who may upload what. A Server Action checks the session and the file’s description (name, size, type) and signs a URL that allows one PUT of exactly that size and type to one new key, for five minutes. The browser PUTs the file there, then a second action records the upload once storage confirms it holds the object. Both action calls carry a few hundred bytes. Storage is the part outside the Next.js app; the example app has a small fake of it that checks the same things a real bucket does.',
      'For an avatar or another file of a few hundred kilobytes, one action is simpler: see [a small file upload](/recipes/small-file-upload/). If the file needs work after it arrives (transcoding, an import), record it and hand the work to a queue: see [a long-running job](/recipes/long-running-job/). A mobile app that uploads the same way gets the signing step as a Route Handler: see [a mobile app endpoint](/recipes/mobile-app-endpoint/).',
    ],
    featureWord: 'video',
    files: [
      { path: 'app/videos/actions.ts', role: 'two actions: sign an upload URL, then record the upload' },
      { path: 'app/videos/upload-form.tsx', role: 'the browser side: sign, PUT to storage, record' },
      { path: 'features/uploads/video-rules.ts', role: 'what may be uploaded, and for how long a URL lasts' },
      { path: 'features/uploads/storage.ts', role: 'your storage SDK’s presigner and HEAD request' },
    ],
    code: [
      {
        file: 'app/videos/actions.ts',
        role: 'The first action signs a URL for a key it makes itself; the second records the upload only once storage holds the object.',
      },
      {
        file: 'app/videos/upload-form.tsx',
        role: 'The file goes from the browser to storage in one PUT; the actions carry only its description and its key.',
      },
      {
        file: 'features/uploads/video-rules.ts',
        role: 'The size and type limits the action checks before it signs anything.',
      },
      {
        file: 'features/uploads/storage.ts',
        role: 'What a storage SDK gives you: a presigned PUT URL and a HEAD request. Here it signs for the fake storage of the example app.',
      },
    ],
    runTargets: [],
    checklist: [
      'Never send the file through a Server Action or a Route Handler, and raise no body limit for it.',
      sessionEveryCall,
      'Validate the file’s name, size and type with zod before signing.',
      'Make the object key yourself (user id, a new id, an extension from the type); never take a key or a path from the client.',
      'Sign for one PUT: that key, that Content-Length and that Content-Type, expiring within minutes.',
      'Record the upload only after storage confirms it holds the object with the signed size; the browser saying its PUT worked is not proof.',
      'Allow your site’s origin to PUT, with a Content-Type header, in the bucket’s CORS rules, and keep the bucket private.',
      'Let the bucket expire objects that were signed but never recorded.',
    ],
    traps: [
      {
        symptom:
          "Video uploads work locally after `bodySizeLimit` was raised to `'300mb'`, then fail in production with an error from the host before the action runs, or the server runs out of memory.",
        cause:
          'The action receives the whole file in its request body: Next.js holds it in memory while it parses the form, and serverless hosts cap request bodies on their own, whatever `next.config` says.',
        fix: 'Keep the bytes out of Next.js: sign a URL in the action and let the browser PUT the file to storage.',
      },
      {
        symptom: 'The browser’s PUT answers 403 with SignatureDoesNotMatch; the example’s fake storage says:',
        message: 'The signature does not match this key, size and content type.',
        source: 'app',
        cause:
          'The PUT sent another Content-Type or size than the URL was signed for (a missing content-type header, a file changed after signing), or the URL was edited.',
        fix: 'Sign the size and type the browser reports (`file.size`, `file.type`), send that Content-Type with the PUT, and let the browser set Content-Length.',
      },
      {
        symptom: 'An upload started long after the page opened answers 403 with AccessDenied:',
        message: 'Request has expired.',
        source: 'app',
        cause: 'The URL was signed when the page loaded, and its few minutes ran out before the PUT began.',
        fix: 'Sign when the reader presses Upload, right before the PUT, and sign again for a retry.',
      },
      {
        symptom: 'Against a real bucket, the PUT fails before it is sent and the console says:',
        message: "Access to fetch at '{url}' from origin '{origin}' has been blocked by CORS policy",
        source: 'browser',
        cause:
          'Storage lives on another origin, and a PUT with a Content-Type of video/mp4 needs a preflight that the bucket’s CORS rules do not allow.',
        fix: 'Add a CORS rule to the bucket for your site’s origin, the PUT method and the Content-Type header.',
      },
    ],
    readNext: [
      { title: 'Recipe: a small file upload', href: '/recipes/small-file-upload/' },
      docs.verifyPayloads,
      docs.bodySizeLimit,
      { title: 'Recipe: a long-running job', href: '/recipes/long-running-job/' },
      guide.serverActions,
    ],
    searchWords: [
      'upload',
      'large file',
      'video upload',
      'signed URL',
      'presigned URL',
      'direct upload',
      'S3',
      'bucket',
      'storage',
      'PUT',
      'bodySizeLimit',
      '250 MB',
    ],
  },
  {
    slug: 'delete-row-at-once',
    title: 'A delete whose row disappears at once',
    summary:
      'A Delete button on each row of a list or table, and the row must be gone as soon as it is clicked.',
    description:
      'Delete a row with a Server Action that revalidates the page in the same response, so the row disappears without a reload, and why a Route Handler called with fetch also needs router.refresh().',
    group: 'our-interface-changes-data',
    outcomes: ['server-action-mutation'],
    boundaries: ['server-action'],
    whenThisFits: [
      'A list of tasks, invitations, saved items or API keys with a Delete button on each row. The reader expects the row to vanish when they click, without a reload, and to stay gone when they come back.',
      "A Server Action deletes the row and calls `revalidatePath('/tasks')` before it returns. Next.js then renders the page again on the server and sends it back in the same response as the action’s result, so the row disappears after one request. The form works before JavaScript loads as well. On Next.js 16, when the list is read through a cache tagged with `cacheTag`, call `updateTag(tag)` instead, which makes the next read wait for fresh data; `revalidateTag(tag, 'max')` only marks the data stale and sends no new page with the answer. Next.js 15 has no `updateTag`, and its `revalidateTag(tag)` takes only the tag.",
      'If the delete is a fetch to a Route Handler instead, `revalidatePath` there only marks the page for its next visit: the page on screen keeps the row until the client calls `router.refresh()` after the response. Choose that shape only when another client needs the same endpoint. For a change that shows before the server has answered, see [an optimistic toggle](/recipes/optimistic-toggle/).',
    ],
    featureWord: 'task',
    files: [
      { path: 'app/tasks/actions.ts', role: 'the action: check the owner, delete, revalidate the page' },
      { path: 'app/tasks/delete-task-button.tsx', role: 'the Delete button of one row, in a form' },
      { path: 'app/tasks/page.tsx', role: 'the list, read in a Server Component' },
    ],
    code: [
      {
        file: 'app/tasks/actions.ts',
        role: '`revalidatePath` inside the action: its response carries the new list, so the row is gone when the click’s answer arrives.',
      },
      {
        file: 'app/tasks/delete-task-button.tsx',
        role: 'A form per row; it shows a refusal, and on success it disappears with its row.',
      },
      {
        file: 'app/tasks/page.tsx',
        role: 'The page reads the list on the server; no client code keeps a copy to update.',
      },
    ],
    runTargets: ['delete-task'],
    checklist: [
      sessionEveryCall,
      'Send only the row’s id, check its shape, and check that the row belongs to this user; answer another user’s row like a missing one.',
      'Delete, then call `revalidatePath` for the page that lists the row (or `updateTag(tag)` on Next.js 16 for a tagged cached read) before the action returns.',
      'Treat a row that is already gone as done, not as a crash: a double click or a second tab sends the delete twice.',
      'Keep the button in a form, so the delete works before JavaScript loads, and disable it while the action runs.',
      'If a Route Handler does the delete, call `router.refresh()` in the client after a successful response.',
    ],
    traps: [
      {
        symptom: 'The delete succeeds, but the row stays on screen until the reader reloads the page.',
        cause:
          'The action changed the data without revalidating, so its response carries no new page; or the delete went through fetch to a Route Handler, where `revalidatePath` only marks the page for its next visit.',
        fix: 'Call `revalidatePath` (or `updateTag`) inside the action; after a fetch to a Route Handler, call `router.refresh()` from `useRouter()`.',
      },
      {
        symptom:
          "On Next.js 16 the row stays after `revalidateTag('tasks', 'max')`, and is gone only on a later visit.",
        cause:
          'With a profile, `revalidateTag` serves the stale copy while a fresh one is made in the background, and the action’s response carries no new render of the page.',
        fix: "In a Server Action, call `updateTag('tasks')`: the re-render that comes with the response waits for fresh data.",
      },
      {
        symptom: 'A quick double click shows an error, or deletes the row below the one clicked.',
        cause:
          'The second click posts again; a form that sends the row’s position rather than its id deletes whatever sits there now.',
        fix: 'Send the id, disable the button while the action runs, and answer a missing row as already gone.',
      },
    ],
    readNext: [
      docs.revalidatePath,
      docs.cacheUpdate,
      docs.updateTag,
      docs.useRouter,
      { title: 'Recipe: an optimistic toggle', href: '/recipes/optimistic-toggle/' },
      guide.serverActions,
    ],
    searchWords: [
      'delete',
      'remove',
      'row',
      'table',
      'list',
      'disappear',
      'without reload',
      'revalidatePath',
      'updateTag',
      'router.refresh',
      'stale',
    ],
  },
  {
    slug: 'shared-rule',
    title: 'One rule for the dashboard and the mobile app: a service behind both entry points',
    summary:
      'The same change from our web interface and from another client, such as archiving a project from the dashboard and from the mobile app.',
    description:
      'Archive a project from the dashboard and from the mobile app under one rule: a service function called by a Server Action and by a Route Handler, each entry point thin.',
    group: 'our-interface-changes-data',
    outcomes: ['service-with-action-and-route-handler'],
    boundaries: ['service', 'server-action', 'route-handler'],
    whenThisFits: [
      'A project moves from Draft to Active to Archived. The dashboard changes it with a button, and the mobile app archives it too. Both must follow the same rule: only the owner, only in that order, archived is final.',
      'Each caller gets the entry point that fits it. Our interface calls a Server Action, which reads the session cookie and revalidates the page. The mobile app calls a Route Handler at a stable URL, authenticated with a bearer token and answering with status codes. Neither holds the rule: both call the service in `features/projects/service.ts`, which checks ownership and the order of statuses, so the two can never drift apart.',
      'When only the mobile app does it, the Route Handler alone is enough: see [a mobile app endpoint](/recipes/mobile-app-endpoint/). When only our interface does it, a Server Action alone is: see [a form with field errors](/recipes/form-with-field-errors/). Extract the service when the second caller arrives.',
    ],
    files: [
      { path: 'features/projects/service.ts', role: 'the rule, with no knowledge of HTTP or forms' },
      { path: 'features/projects/validation.ts', role: 'the zod schemas both entry points parse with' },
      { path: 'app/dashboard/projects/actions.ts', role: 'the Server Action for our interface' },
      { path: 'app/api/projects/[id]/archive/route.ts', role: 'the Route Handler for the mobile app' },
    ],
    code: [
      {
        file: 'features/projects/service.ts',
        role: 'The rule, once: ownership and Draft → Active → Archived, for every entry point.',
      },
      {
        file: 'features/projects/validation.ts',
        role: 'The shapes of a project id and a status change, shared by both entry points.',
      },
      {
        file: 'app/dashboard/projects/actions.ts',
        role: 'Session cookie in, the service decides, the page revalidates.',
      },
      {
        file: 'app/api/projects/[id]/archive/route.ts',
        role: 'Bearer token in, the service decides, a status code out.',
      },
    ],
    runTargets: ['change-status', 'archive-project'],
    checklist: [
      'Keep the rule (ownership, allowed transitions) in the service; entry points never repeat it.',
      'Authenticate in each entry point its own way: the session cookie in the action, a bearer token in the handler.',
      'Validate every input with a zod schema the entry points share; answer bad input with field errors or a 4xx, not a crash.',
      'Map the service’s refusals to each caller’s language: a message for the form, 404, 403 or 409 for the app.',
      'Set the session cookie HttpOnly, Secure and SameSite=Lax (or Strict): the Server Action Origin check lets a request without an Origin header through.',
      'Keep the entry points thin: parse, authenticate, call the service, then revalidate (action) or respond (handler).',
    ],
    traps: [
      {
        symptom:
          'The mobile app can archive a draft project that the dashboard refuses, or the other way round.',
        cause: 'The rule was copied into each entry point, and one copy changed.',
        fix: 'Move the rule into the service and have both entry points call it.',
      },
      {
        symptom:
          'The mobile app was given the Server Action to call, and every deploy breaks it; the server logs:',
        message: 'Failed to find Server Action{id}. This request might be from an older or newer deployment.',
        source: 'next',
        cause:
          'A Server Action’s id is a build artifact, not a contract: it changes between deployments, and Next.js refuses an id it does not know (409 on Next.js 16, 404 on 15).',
        fix: 'Give another client a Route Handler with a stable URL, and keep the action for your own interface.',
      },
      {
        symptom:
          "A Server Action calls `fetch('/api/projects/…/archive')` to reuse the mobile route, and gets 401.",
        cause:
          'The Route Handler expects the mobile app’s token, and your own server does not need HTTP to reach code in the same app.',
        fix: 'Call the service from the action directly.',
      },
    ],
    readNext: [guide.services, docs.dataSecurity, docs.route, guide.security],
    searchWords: [
      'shared rule',
      'service',
      'business logic',
      'same logic',
      'web and mobile',
      'mobile app',
      'reuse',
      'two entry points',
      'archive',
      'service layer',
    ],
  },
]
