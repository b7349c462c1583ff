<?php
/**
 * The words of the no-script fallbacks, in the element's own language (not the
 * site's): the same words the elements and the snippet builder use
 * (src/content/en.ts and es.ts; test/node/wordpress-plugin.test.mjs holds them
 * equal). A reader with scripts blocked still gets a number to call.
 *
 * @package RecoveryElements
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * The fallback words of a language (`en` or `es`).
 *
 * @param string $lang The language.
 * @return array{helpline_name: string, helpline_number: string, call: string, call_name: string, call_emergency: string}
 */
function recovery_elements_words( $lang ) {
	$words = array(
		'en' => array(
			'helpline_name'   => 'SAMHSA National Helpline',
			'helpline_number' => '1-800-662-4357',
			/* Placeholders: %1$s the number as written. */
			'call'            => 'Call %1$s',
			/* %1$s the number, %2$s who answers. */
			'call_name'       => 'Call %1$s, %2$s',
			'call_emergency'  => 'Call %1$s, emergency services',
		),
		'es' => array(
			'helpline_name'   => 'Línea Nacional de Ayuda de SAMHSA',
			'helpline_number' => '1-800-662-4357',
			'call'            => 'Llamar al %1$s',
			'call_name'       => 'Llamar al %1$s, %2$s',
			'call_emergency'  => 'Llamar al %1$s, servicios de emergencia',
		),
	);
	return isset( $words[ $lang ] ) ? $words[ $lang ] : $words['en'];
}
