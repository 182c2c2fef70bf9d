export default {
  index: 'All errors',
  '[slug]': { display: 'hidden', theme: { pagination: false } },
}
