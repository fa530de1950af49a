/* Start Swagger UI (served from the swagger-ui-bundle package) on the page's own spec. */
(function () {
  "use strict";
  var node = document.getElementById("swagger-ui");
  if (!node || typeof window.SwaggerUIBundle !== "function") { return; }
  window.SwaggerUIBundle({ url: node.getAttribute("data-url"), dom_id: "#swagger-ui", deepLinking: true });
})();
