<?php
/**
 * Plugin Name:       Recovery Elements
 * Plugin URI:        https://www.npmjs.com/package/recovery-elements
 * Description:       Blocks and shortcodes for families of people who use opioids: the signs of an overdose and what to do, eight steps for families, and a tap-to-call helpline banner. English and Spanish.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            recovery-elements contributors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       recovery-elements
 * Domain Path:       /languages
 *
 * @package RecoveryElements
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'RECOVERY_ELEMENTS_VERSION', '0.1.0' );
define( 'RECOVERY_ELEMENTS_FILE', __FILE__ );

require_once __DIR__ . '/includes/words.php';
require_once __DIR__ . '/includes/render.php';

/**
 * The plugin's own words (block titles, editor controls), from languages/.
 */
function recovery_elements_load_textdomain() {
	load_plugin_textdomain( 'recovery-elements', false, dirname( plugin_basename( __FILE__ ) ) . '/languages' );
}
add_action( 'init', 'recovery_elements_load_textdomain', 0 );

/**
 * The elements' script, the editor's script, the blocks and the shortcodes.
 *
 * The script is only registered here: a block or shortcode on the page enqueues
 * it while rendering, so a page without one loads nothing, and a page with many
 * loads it once (one handle).
 */
function recovery_elements_register() {
	wp_register_script(
		'recovery-elements',
		plugins_url( 'assets/recovery-elements.js', __FILE__ ),
		array(),
		RECOVERY_ELEMENTS_VERSION,
		// WordPress 6.3 and later read the strategy; 6.1 and 6.2 read a true
		// value as "in the footer", and recovery_elements_defer() adds `defer`.
		array(
			'strategy'  => 'defer',
			'in_footer' => false,
		)
	);

	// The block editor's controls: plain wp.element code, no build step.
	wp_register_script(
		'recovery-elements-editor',
		plugins_url( 'assets/editor.js', __FILE__ ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n', 'wp-server-side-render', 'recovery-elements' ),
		RECOVERY_ELEMENTS_VERSION,
		true
	);
	wp_set_script_translations( 'recovery-elements-editor', 'recovery-elements', plugin_dir_path( __FILE__ ) . 'languages' );

	foreach ( array( 'call-banner', 'overdose-signs', 'family-steps' ) as $tag ) {
		register_block_type(
			__DIR__ . '/blocks/' . $tag,
			array(
				'render_callback' => static function ( $attributes ) use ( $tag ) {
					return recovery_elements_render( $tag, $attributes, get_block_wrapper_attributes() );
				},
			)
		);
		add_shortcode(
			$tag,
			static function ( $shortcode_attributes ) use ( $tag ) {
				return recovery_elements_render( $tag, recovery_elements_shortcode_attributes( $shortcode_attributes ) );
			}
		);
	}
}
add_action( 'init', 'recovery_elements_register' );

/**
 * Adds `defer` to the script's tag where WordPress does not know loading strategies (before 6.3).
 *
 * @param string $tag    The script tag.
 * @param string $handle The script's handle.
 * @return string
 */
function recovery_elements_defer( $tag, $handle ) {
	if ( 'recovery-elements' !== $handle || version_compare( get_bloginfo( 'version' ), '6.3', '>=' ) || false !== strpos( $tag, ' defer' ) ) {
		return $tag;
	}
	return str_replace( ' src=', ' defer src=', $tag );
}
add_filter( 'script_loader_tag', 'recovery_elements_defer', 10, 2 );
