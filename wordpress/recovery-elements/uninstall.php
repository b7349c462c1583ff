<?php
/**
 * Runs when an administrator deletes the plugin (Plugins → Delete).
 *
 * The plugin stores nothing: no options, no tables, no files, no cookies. The
 * blocks and shortcodes stay in posts as written; without the plugin, WordPress
 * shows nothing for a block, and the shortcode's text for a shortcode.
 *
 * @package RecoveryElements
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}
