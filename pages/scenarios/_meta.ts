export default {
  index: 'All scenarios',
  '[slug]': { display: 'hidden', theme: { toc: false, pagination: false } },
}
