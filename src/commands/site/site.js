// Draws each chart of the page from its data (the same numbers as the table beside it).
// Without JavaScript the tables alone are shown.
document.querySelectorAll("[data-chart]").forEach(function (element) {
  var config = JSON.parse(element.getAttribute("data-chart"));
  config.height = config.height || 260;
  new frappe.Chart(element, config);
});
