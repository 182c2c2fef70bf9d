export default {
  '[[...path]]': { title: 'Decide', theme: { toc: false, breadcrumb: false, pagination: false } },
}
