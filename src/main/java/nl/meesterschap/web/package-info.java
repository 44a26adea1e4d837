/**
 * The shared shell: page layout, navigation, home page, error pages, i18n, static assets, and the REST API
 * conventions (version header, problem details, OpenAPI document) that every module's API follows.
 */
@org.jspecify.annotations.NullMarked
package nl.meesterschap.web;
