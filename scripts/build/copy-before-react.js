/* global location, navigator */
// "Copy" buttons before React: inlined with hydration-loader.js, which calls it. A CopyButton
// (components/wizard/CopyButton.tsx) names its text and its confirmation in data attributes, so a
// press copies at once and the status beside the button says so (an attribute that site.css draws,
// since the status's text is React's to render). A copy the browser refuses is left to React,
// whose message explains it: `refused` gets the button, to press again once React is in charge.
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- called where it is inlined
function copyBeforeReact(options, refused) {
  return {
    /** Answers a press on a copy button: true when it did. */
    press: function (button) {
      if (!button.matches('button[data-copy]') || !navigator.clipboard) return false
      // A page address is published as a path; the reader copies the whole address.
      var text =
        button.getAttribute('data-copy-kind') === 'address'
          ? new URL(button.getAttribute('data-copy'), location.href).href
          : button.getAttribute('data-copy')
      var status = button.nextElementSibling
      navigator.clipboard.writeText(text).then(
        function () {
          if (status && status.getAttribute('role') === 'status')
            status.setAttribute(options.copiedAttribute, button.getAttribute('data-copied'))
        },
        function () {
          refused(button)
        },
      )
      return true
    },
    /** Nothing to hand over: what was copied stays copied. */
    handOver: function () {
      return null
    },
  }
}
